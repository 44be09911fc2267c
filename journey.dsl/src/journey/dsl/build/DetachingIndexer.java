package journey.dsl.build;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;

/** Xtext's indexer, with the exports of each file kept as a {@link DetachedResourceDescription}. */
public class DetachingIndexer extends Indexer {

	@Override
	protected IResourceDescription getResolvedResourceDescription(IResourceDescription description) {
		return DetachedResourceDescription.exportsOf(description);
	}
}
