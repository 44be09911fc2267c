package journey.dsl.ui;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * An editor document parsed into an Xtext resource (next to the other files of its project), in
 * the form the ide services expect. One parse is shared by every feature until the text changes;
 * callers synchronize on the instance, because the services resolve proxies lazily.
 */
public final class ParsedDocument {

	private static final Map<IDocument, ParsedDocument> CACHE = new WeakHashMap<>();

	private final long stamp;
	private final IFile file;
	private final XtextResource resource;
	private final Document document;

	private ParsedDocument(long stamp, IFile file, XtextResource resource, Document document) {
		this.stamp = stamp;
		this.file = file;
		this.resource = resource;
		this.document = document;
	}

	/** The parse of the document's current text, reusing the last one if the text did not change. */
	public static ParsedDocument of(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 ext ? ext.getModificationStamp() : -1;
		synchronized (CACHE) {
			ParsedDocument cached = CACHE.get(document);
			if (cached != null && stamp != -1 && cached.stamp == stamp) {
				return cached;
			}
		}
		String text = document.get();
		IFile file = JourneyResources.fileOf(document);
		URI uri = file != null ? JourneyResources.uriOf(file) : URI.createURI("inmemory:/document.journey");
		var resourceSet = JourneyResources.projectResourceSet(file != null ? file.getProject() : null, uri);
		XtextResource resource = JourneyResources.parse(resourceSet, uri, text);
		ParsedDocument parsed = new ParsedDocument(stamp, file, resource, new Document(1, text));
		synchronized (CACHE) {
			CACHE.put(document, parsed);
		}
		return parsed;
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
