package journey.dsl.build;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * One run of Xtext's incremental builder (the language server's and the benchmark's), which puts
 * each built file into the new index as a {@link DetachedResourceDescription}.
 */
public class DetachingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected IResourceDescription getSerializableResourceDescription(IResourceDescription description) {
		return DetachedResourceDescription.of(description);
	}
}
