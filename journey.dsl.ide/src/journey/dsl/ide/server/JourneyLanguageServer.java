package journey.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

import journey.dsl.JourneyRuntimeModule;
import journey.dsl.build.DetachingIncrementalBuilder;
import journey.dsl.build.DetachingIndexer;
import journey.dsl.ide.JourneyIdeModule;
import journey.dsl.ide.JourneyIdeSetup;

/**
 * Xtext's language server for .journey files: the one launcher that `journey lsp` runs and the
 * tests drive. The language is registered directly rather than found through a service loader, so
 * it works the same on the plain class path and in OSGi; and the LSP exit notification ends the
 * run instead of the JVM.
 */
public final class JourneyLanguageServer {

	private JourneyLanguageServer() {
	}

	/** The language's services, set up once for every server in this JVM. */
	private static final class Language {
		static final Injector INJECTOR = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/** A server, not yet connected, with the journey language and the given bindings on top of Xtext's. */
	public static LanguageServerImpl create(Module... overrides) {
		return create(Language.INJECTOR, overrides);
	}

	/**
	 * A server whose language has the given services on top of the journey language's own: the
	 * command line adds journey.report's commands (render, export), which this bundle cannot name.
	 */
	public static LanguageServerImpl createWith(Module languageServices, Module... overrides) {
		Injector language = new JourneyIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new JourneyRuntimeModule(), new JourneyIdeModule(), languageServices));
			}
		}.createInjectorAndDoEMFRegistration();
		return create(language, overrides);
	}

	private static LanguageServerImpl create(Injector language, Module... overrides) {
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("journey", language.getInstance(IResourceServiceProvider.class));
		Module journey = binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(LanguageServerImpl.class).to(JourneyLanguageServerImpl.class);
			// the project's builder lives in this injector, not the language's: its index copies too
			binder.bind(Indexer.class).to(DetachingIndexer.class);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(DetachingIncrementalBuilder.class);
			// EMF's global factory registry holds whichever journey setup registered last (the command
			// line's render, say): the server's resource sets create resources with its own language
			binder.bind(XtextResourceSet.class).toProvider(() -> {
				XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
				resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", language.getInstance(IResourceFactory.class));
				return resourceSet;
			});
		};
		Module[] modules = new Module[overrides.length + 2];
		modules[0] = new ServerModule();
		modules[1] = journey;
		System.arraycopy(overrides, 0, modules, 2, overrides.length);
		return Guice.createInjector(Modules2.mixin(modules)).getInstance(LanguageServerImpl.class);
	}

	/**
	 * Starts serving on the streams, with the given services added to the language (none:
	 * {@code binder -> {}}), and returns at once. The result completes with the exit code
	 * when the client sends exit (0 after shutdown, 1 without, as the protocol asks) or closes the
	 * input (0).
	 */
	public static CompletableFuture<Integer> start(InputStream in, OutputStream out, Module languageServices) {
		CompletableFuture<Integer> exit = new CompletableFuture<>();
		AtomicBoolean shutdown = new AtomicBoolean();
		LanguageServerImpl server = createWith(languageServices, binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class)
				.toInstance(new ILanguageServerShutdownAndExitHandler() {
					@Override
					public void shutdown() {
						shutdown.set(true);
					}

					@Override
					public void exit() {
						exit.complete(shutdown.get() ? 0 : 1);
					}
				}));
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(new FramedInput(in, System.err)).setOutput(out).create();
		server.connect(launcher.getRemoteProxy());
		CompletableFuture.runAsync(() -> {
			try {
				launcher.startListening().get();
			} catch (Exception e) {
				// the input ended or broke: nothing more will come
			}
			exit.complete(0);
		});
		return exit;
	}
}
