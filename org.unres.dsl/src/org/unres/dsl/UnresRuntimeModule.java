package org.unres.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.unres.dsl.parser.UnresLexer;
import org.unres.dsl.parser.antlr.internal.InternalUnresLexer;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.unres.dsl.conversion.UnresValueConverters;
import org.unres.dsl.linking.UnresLinkingDiagnostics;
import org.unres.dsl.naming.UnresQualifiedNameConverter;
import org.unres.dsl.naming.UnresQualifiedNameProvider;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;

/** Binds the language's own services in place of Xtext's defaults. */
public class UnresRuntimeModule extends AbstractUnresRuntimeModule {

	@Override
	public Class<? extends Lexer> bindLexer() {
		return UnresLexer.class;
	}

	@Override
	public Provider<? extends InternalUnresLexer> provideInternalUnresLexer() {
		return LexerProvider.create(UnresLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(UnresLexer.class);
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return UnresValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return UnresQualifiedNameProvider.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return UnresQualifiedNameConverter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnresLinkingDiagnostics.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return UnresGlobalScopeProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return UnresResourceDescriptionStrategy.class;
	}
}
