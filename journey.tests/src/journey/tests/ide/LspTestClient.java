package journey.tests.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;



/**
 * Drives the journey language server (journey.dsl.ide's, as `journey lsp` runs it) in-process
 * over a workspace of a few files, the way an editor would, and answers in plain LSP4J objects.
 * Requests run on the calling thread, so that each sees the effect of the one before. Files are written as text with an optional
 * {@value #CURSOR} marking the caret; the marker is removed before the server sees the text.
 */
public final class LspTestClient implements LanguageClient {

	public static final String CURSOR = "<|>";

	private static final UriExtensions URIS = new UriExtensions();

	private final LanguageServerImpl server;
	private ServerCapabilities capabilities;
	private final Path root;
	private final Map<String, String> texts = new LinkedHashMap<>();
	private final Map<String, Position> cursors = new HashMap<>();
	private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();

	private LspTestClient(Path root) {
		this.root = root;
		server = journey.dsl.ide.server.JourneyLanguageServer.create(binder -> binder.bind(IRequestManager.class).to(SynchronousRequestManager.class));
		server.connect(this);
	}

	/** Writes the files (relative path to text) under root, starts the server there and opens every file. */
	@SuppressWarnings("deprecation") // Xtext's WorkspaceManager still reads the root URI
	public static LspTestClient start(Path root, Map<String, String> files) {
		LspTestClient ls = startClosed(root, files);
		for (String file : ls.texts.keySet()) {
			ls.open(file);
		}
		return ls;
	}

	/** Writes the files under root and starts the server there, which builds them all, without opening any. */
	@SuppressWarnings("deprecation") // Xtext's WorkspaceManager still reads the root URI
	public static LspTestClient startClosed(Path root, Map<String, String> files) {
		LspTestClient ls = new LspTestClient(root);
		files.forEach(ls::write);
		InitializeParams params = new InitializeParams();
		params.setProcessId(1);
		String rootUri = URIS.toUriString(root.toUri());
		params.setRootUri(rootUri);
		params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(rootUri, "test")));
		ClientCapabilities capabilities = new ClientCapabilities();
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		ls.capabilities = get(ls.server.initialize(params)).getCapabilities();
		ls.server.initialized(new InitializedParams());
		return ls;
	}

	/** Starts the server on a single file. */
	public static LspTestClient start(Path root, String file, String text) {
		return start(root, Map.of(file, text));
	}

	private void write(String file, String textWithCursor) {
		int caret = textWithCursor.indexOf(CURSOR);
		String text = textWithCursor.replace(CURSOR, "");
		if (caret >= 0) {
			cursors.put(file, positionAt(text, caret));
		}
		texts.put(file, text);
		try {
			Path path = root.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void open(String file) {
		TextDocumentItem item = new TextDocumentItem(uri(file), "journey", 1, texts.get(file));
		server.didOpen(new DidOpenTextDocumentParams(item));
	}

	public String uri(String file) {
		return URIS.toUriString(root.resolve(file).toUri());
	}

	public String text(String file) {
		return texts.get(file);
	}

	/** Where the {@value #CURSOR} marker stood in the file. */
	public Position cursor(String file) {
		Position position = cursors.get(file);
		if (position == null) {
			throw new IllegalArgumentException(file + " has no " + CURSOR + " marker");
		}
		return position;
	}

	/** The position of the first occurrence of the snippet, plus a column offset into it. */
	public Position positionOf(String file, String snippet, int offsetInSnippet) {
		int index = texts.get(file).indexOf(snippet);
		if (index < 0) {
			throw new IllegalArgumentException(snippet + " is not in " + file);
		}
		return positionAt(texts.get(file), index + offsetInSnippet);
	}

	private static Position positionAt(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	private static int offsetAt(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	private TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uri(file));
	}

	// ------------------------------------------------------------------ requests

	public List<CompletionItem> completion(String file) {
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = get(
				server.completion(new CompletionParams(document(file), cursor(file))));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	public Hover hover(String file, Position position) {
		return get(server.hover(new HoverParams(document(file), position)));
	}

	public List<? extends org.eclipse.lsp4j.TextEdit> formatting(String file) {
		return get(server.formatting(new org.eclipse.lsp4j.DocumentFormattingParams(document(file), new org.eclipse.lsp4j.FormattingOptions(4, false))));
	}

	public List<DocumentSymbol> documentSymbols(String file) {
		return get(server.documentSymbol(new DocumentSymbolParams(document(file)))).stream()
				.map(Either::getRight).toList();
	}

	public List<FoldingRange> foldingRanges(String file) {
		return get(server.foldingRange(new FoldingRangeRequestParams(document(file))));
	}

	public SemanticTokens semanticTokens(String file) {
		return get(server.semanticTokensFull(new SemanticTokensParams(document(file))));
	}

	public List<String> semanticTokenTypes() {
		return capabilities.getSemanticTokensProvider().getLegend().getTokenTypes();
	}

	public List<String> semanticTokenModifiers() {
		return capabilities.getSemanticTokensProvider().getLegend().getTokenModifiers();
	}

	public List<? extends Location> definition(String file, Position position) {
		var result = get(server.definition(new DefinitionParams(document(file), position)));
		return result.getLeft();
	}

	public List<? extends Location> references(String file, Position position, boolean includeDeclaration) {
		return get(server.references(new ReferenceParams(document(file), position, new ReferenceContext(includeDeclaration))));
	}

	public WorkspaceEdit rename(String file, Position position, String newName) {
		return get(server.rename(new RenameParams(document(file), position, newName)));
	}

	/** The diagnostics the server last published for the file. */
	public List<Diagnostic> diagnostics(String file) {
		return diagnostics.getOrDefault(uri(file), List.of());
	}

	/** The code actions offered for one diagnostic, as an editor asks for them. */
	public List<CodeAction> codeActions(String file, Diagnostic diagnostic) {
		CodeActionParams params = new CodeActionParams(document(file), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = get(server.codeAction(params));
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	/** The workspace's files after the edit, each by its relative path; unchanged files are left out. */
	public Map<String, String> apply(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> byUri.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				TextDocumentEdit documentEdit = change.getLeft();
				byUri.computeIfAbsent(documentEdit.getTextDocument().getUri(), u -> new ArrayList<>())
						.addAll(documentEdit.getEdits().stream().map(Either::getLeft).toList());
			}
		}
		Map<String, String> result = new LinkedHashMap<>();
		byUri.forEach((uri, edits) -> {
			String file = fileOf(uri);
			result.put(file, apply(texts.get(file), edits));
		});
		return result;
	}

	private String fileOf(String uri) {
		for (String file : texts.keySet()) {
			if (uri(file).equals(uri)) {
				return file;
			}
		}
		throw new IllegalArgumentException("not in the workspace: " + uri);
	}

	private static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offsetAt(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offsetAt(text, edit.getRange().getStart()), offsetAt(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	/** Reads the server's index, as its own services read it (Xtext keeps the access to it protected). */
	public <T> T readIndex(java.util.function.Function<org.eclipse.xtext.resource.IResourceDescriptions, T> work) {
		try {
			java.lang.reflect.Method access = LanguageServerImpl.class.getDeclaredMethod("getLanguageServerAccess");
			access.setAccessible(true);
			org.eclipse.xtext.ide.server.ILanguageServerAccess languageServer = (org.eclipse.xtext.ide.server.ILanguageServerAccess) access.invoke(server);
			return get(languageServer.doReadIndex(context -> work.apply(context.getIndex())));
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> T get(CompletableFuture<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	// ------------------------------------------------------------------ the client side

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
