package journey.dsl.scoping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.LiveShadowedChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsBasedContainer;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The project containers of the language server and Xtext's incremental builder, answering from
 * the project's index directly. Xtext's own container copies every index entry into a map of its
 * own the first time it is asked whether it is empty, and the global scope asks that once per file:
 * work quadratic in the number of files (13 million map entries for a workspace of 3,600 files,
 * and the heap they churn). The index already maps URIs to entries.
 */
public class IndexedContainerManager extends ProjectDescriptionBasedContainerManager {

	@Override
	protected IContainer createContainer(IResourceDescriptions descriptions, ChunkedResourceDescriptions chunks, String name) {
		ResourceDescriptionsData chunk = chunks.getContainer(name);
		if (descriptions instanceof LiveShadowedChunkedResourceDescriptions || chunk == null) {
			return super.createContainer(descriptions, chunks, name);
		}
		return new ChunkContainer(chunk);
	}

	/** A container that is one whole chunk of the index: every entry of the chunk belongs to it. */
	private static final class ChunkContainer extends ResourceDescriptionsBasedContainer {
		private final ResourceDescriptionsData chunk;

		ChunkContainer(ResourceDescriptionsData chunk) {
			super(chunk);
			this.chunk = chunk;
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return chunk.getResourceDescription(uri) != null;
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return chunk.getResourceDescription(uri);
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return chunk.getAllResourceDescriptions();
		}

		@Override
		public int getResourceDescriptionCount() {
			return chunk.getAllURIs().size();
		}

		@Override
		public boolean isEmpty() {
			return chunk.getAllURIs().isEmpty();
		}
	}
}
