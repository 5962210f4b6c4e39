package org.unres.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.eclipse.xtext.diagnostics.Severity;
import org.unres.dsl.unres.UnresPackage;

/**
 * Base of the validators that {@link UnresValidator} composes; they never register themselves.
 * Diagnostics mark the exact words at fault (see {@link SourceRanges}).
 */
public abstract class AbstractConcernValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(UnresPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed by UnresValidator
	}

	@Override
	protected void error(String message, EObject source, EStructuralFeature feature, String code, String... issueData) {
		error(message, source, feature, INSIGNIFICANT_INDEX, code, issueData);
	}

	@Override
	protected void warning(String message, EObject source, EStructuralFeature feature, String code,
			String... issueData) {
		warning(message, source, feature, INSIGNIFICANT_INDEX, code, issueData);
	}

	@Override
	protected void info(String message, EObject source, EStructuralFeature feature, String code, String... issueData) {
		info(message, source, feature, INSIGNIFICANT_INDEX, code, issueData);
	}

	@Override
	protected void error(String message, EObject source, EStructuralFeature feature, int index, String code,
			String... issueData) {
		report(Severity.ERROR, message, source, feature, index, code, issueData);
	}

	@Override
	protected void warning(String message, EObject source, EStructuralFeature feature, int index, String code,
			String... issueData) {
		report(Severity.WARNING, message, source, feature, index, code, issueData);
	}

	@Override
	protected void info(String message, EObject source, EStructuralFeature feature, int index, String code,
			String... issueData) {
		report(Severity.INFO, message, source, feature, index, code, issueData);
	}

	private void report(Severity severity, String message, EObject source, EStructuralFeature feature, int index,
			String code, String... issueData) {
		ITextRegion region = SourceRanges.of(source, feature, index);
		ValidationMessageAcceptor acceptor = getMessageAcceptor();
		if (region == null) {
			switch (severity) {
			case ERROR -> acceptor.acceptError(message, source, feature, index, code, issueData);
			case WARNING -> acceptor.acceptWarning(message, source, feature, index, code, issueData);
			default -> acceptor.acceptInfo(message, source, feature, index, code, issueData);
			}
			return;
		}
		int offset = region.getOffset();
		int length = region.getLength();
		switch (severity) {
		case ERROR -> acceptor.acceptError(message, source, offset, length, code, issueData);
		case WARNING -> acceptor.acceptWarning(message, source, offset, length, code, issueData);
		default -> acceptor.acceptInfo(message, source, offset, length, code, issueData);
		}
	}
}
