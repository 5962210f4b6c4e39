package org.unres.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.unres.dsl.unres.UnresPackage;

/** Base of the validators that {@link UnresValidator} composes; they never register themselves. */
public abstract class AbstractConcernValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(UnresPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed by UnresValidator
	}
}
