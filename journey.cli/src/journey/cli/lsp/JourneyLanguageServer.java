package journey.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

import journey.dsl.ide.JourneyIdeSetup;

/**
 * Runs Xtext's language server for .journey files on a pair of streams. The language is
 * registered directly rather than found through a service loader, so it works the same on the
 * plain class path and in OSGi; and the LSP exit notification ends the run instead of the JVM.
 */
public final class JourneyLanguageServer {

	private JourneyLanguageServer() {
	}

	/**
	 * Starts serving and returns at once. The result completes with the exit code when the client
	 * sends exit (0 after shutdown, 1 without, as the protocol asks) or closes the input (0).
	 */
	public static CompletableFuture<Integer> start(InputStream in, OutputStream out) {
		CompletableFuture<Integer> exit = new CompletableFuture<>();
		AtomicBoolean shutdown = new AtomicBoolean();
		Injector language = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("journey", language.getInstance(IResourceServiceProvider.class));
		Module journey = binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ILanguageServerShutdownAndExitHandler() {
				@Override
				public void shutdown() {
					shutdown.set(true);
				}

				@Override
				public void exit() {
					exit.complete(shutdown.get() ? 0 : 1);
				}
			});
		};
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), journey));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
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
