package org.unres.dsl.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.unres.dsl.ide.contentassist.UnresContentAssistLexer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Platform-neutral editor services, shared by the LSP server and the Eclipse plug-in. */
public class UnresIdeModule extends AbstractUnresIdeModule {

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(UnresContentAssistLexer.class);
	}
}
