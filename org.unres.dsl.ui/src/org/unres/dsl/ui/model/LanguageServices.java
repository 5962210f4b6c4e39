package org.unres.dsl.ui.model;

import org.unres.dsl.ide.UnresIdeSetup;

import com.google.inject.Injector;
import com.google.inject.Key;

/**
 * The language's injector with its platform-neutral editor services (UnresIdeModule), created once
 * for the plug-in. Every editor feature resolves its service here, so that bindings added to the
 * IDE module (by the language server work) reach the Eclipse editor as well.
 */
public final class LanguageServices {

	private static volatile Injector injector;

	private LanguageServices() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (LanguageServices.class) {
				if (injector == null) {
					// also registers the .unres resource factory, so that cited files load lazily
					injector = new UnresIdeSetup().createInjectorAndDoEMFRegistration();
				}
				result = injector;
			}
		}
		return result;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** Whether the IDE module binds this service explicitly (an optional editor feature). */
	public static boolean isBound(Class<?> type) {
		return injector().getExistingBinding(Key.get(type)) != null;
	}
}
