package journey.dsl.ui;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

import journey.dsl.ide.server.LineIndexedDocument;

/**
 * An editor document parsed into an Xtext resource (among the other files of its project, kept in
 * {@link ProjectModels}), in the form the ide services expect. One parse is shared by every feature
 * until the text changes; callers work on it through {@link #read}, under the lock of the models,
 * because the services resolve proxies lazily in models that the project's editors share.
 */
public final class ParsedDocument {

	private static final Map<IDocument, ParsedDocument> CACHE = new WeakHashMap<>();

	private final long stamp;
	private final IFile file;
	private final XtextResource resource;
	private final Document document;
	private final Object lock;

	private ParsedDocument(long stamp, IFile file, XtextResource resource, Document document, Object lock) {
		this.stamp = stamp;
		this.file = file;
		this.resource = resource;
		this.document = document;
		this.lock = lock;
	}

	/** The parse of the document's current text, reusing the last one if the text did not change. */
	public static ParsedDocument of(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 ext ? ext.getModificationStamp() : -1;
		ParsedDocument cached = cached(document, stamp);
		if (cached != null) {
			return cached;
		}
		String text = document.get();
		IFile file = JourneyResources.fileOf(document);
		ParsedDocument parsed;
		if (file != null) {
			ProjectModels models = ProjectModels.of(file.getProject());
			synchronized (models.lock()) {
				// the reconciler and a feature ask at once when an editor opens: the second takes the first's parse
				cached = cached(document, stamp);
				if (cached != null) {
					return cached;
				}
				parsed = new ParsedDocument(stamp, file, models.parse(file, text), new LineIndexedDocument(new Document(1, text)), models.lock());
				remember(document, parsed);
			}
		} else {
			// a document outside the workspace: on its own
			var resourceSet = JourneyResources.projectResourceSet(null, null);
			XtextResource resource = JourneyResources.parse(resourceSet, URI.createURI("inmemory:/document.journey"), text);
			parsed = new ParsedDocument(stamp, null, resource, new LineIndexedDocument(new Document(1, text)), new Object());
			remember(document, parsed);
		}
		return parsed;
	}

	/** The last parse of the document if it is of this text and still in its models; null otherwise. */
	private static ParsedDocument cached(IDocument document, long stamp) {
		synchronized (CACHE) {
			ParsedDocument cached = CACHE.get(document);
			// a parse whose model the project's models have since replaced (a file it refers to changed) is parsed again
			return cached != null && stamp != -1 && cached.stamp == stamp && cached.resource.getResourceSet() != null ? cached : null;
		}
	}

	private static void remember(IDocument document, ParsedDocument parsed) {
		synchronized (CACHE) {
			CACHE.put(document, parsed);
		}
	}

	/**
	 * Runs the work on the document's current parse, holding the lock of its project's models. Between
	 * {@link #of} and the lock, another editor's change can have this file parsed again, leaving the
	 * parse out of its resource set (a check that reads the index then fails); then it is parsed
	 * again, under the lock, where nothing can replace it.
	 */
	public static <T> T read(IDocument document, Function<ParsedDocument, T> work) {
		ParsedDocument parsed = of(document);
		synchronized (parsed.lock()) {
			if (parsed.resource.getResourceSet() == null) {
				parsed = of(document); // a workspace file's models keep their lock: this parse is made under it
			}
			return work.apply(parsed);
		}
	}

	/** {@link #read}, for work that returns nothing. */
	public static void use(IDocument document, Consumer<ParsedDocument> work) {
		read(document, parsed -> {
			work.accept(parsed);
			return null;
		});
	}

	/** What callers hold while they use the resource: the models of the project are shared by its editors. */
	public Object lock() {
		return lock;
	}

	/** The modification stamp of the text that was parsed. */
	public long stamp() {
		return stamp;
	}

	public IFile file() {
		return file;
	}

	public XtextResource resource() {
		return resource;
	}

	public Document document() {
		return document;
	}

	public String uri() {
		return resource.getURI().toString();
	}

	public Position position(int offset) {
		return document.getPosition(offset);
	}

	public int offset(Position position) {
		return document.getOffSet(position);
	}

	public Range range(int offset, int length) {
		return new Range(position(offset), position(offset + length));
	}
}
