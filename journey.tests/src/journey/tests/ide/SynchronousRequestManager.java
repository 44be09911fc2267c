package journey.tests.ide;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;

/**
 * Runs every language-server request on the calling thread, so that a test sees the effect of
 * didOpen before its next request, as Xtext's own AbstractLanguageServerTest does.
 */
public class SynchronousRequestManager extends AbstractRequestManager {

	private static final CancelIndicator NEVER = () -> false;

	@Inject
	public SynchronousRequestManager(OperationCanceledManager operationCanceledManager) {
		super(operationCanceledManager);
	}

	@Override
	public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> request) {
		try {
			return CompletableFuture.completedFuture(request.apply(NEVER));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> request) {
		try {
			return CompletableFuture.completedFuture(request.apply(NEVER, nonCancellable.apply()));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	public void shutdown() {
		// nothing runs in the background
	}
}
