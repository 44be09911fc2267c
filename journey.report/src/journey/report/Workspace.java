package journey.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import journey.dsl.JourneyStandaloneSetup;
import journey.dsl.ide.JourneyIdeSetup;

/**
 * The .journey files named on the command line, loaded together so that references between
 * them resolve. Input that cannot be read becomes an {@link InputProblem}, never an exception.
 * <p>
 * A file named alone is read within its project, so that what it imports resolves: the other
 * .journey files under its project root (see {@link ProjectRoot}) are loaded as context. Only the
 * named files, and the files of named folders, are in {@link #files()}: they are what a command
 * reports and exports.
 */
public final class Workspace {

	/** Input that could not be loaded: a missing file, an empty folder, a file that is not UTF-8. */
	public record InputProblem(Path file, int line, int column, String message) {
	}

	private static Injector injector;
	private static Injector editingInjector;

	private final XtextResourceSet resourceSet;
	private final int threads;
	private final Map<Resource, Path> files = new java.util.LinkedHashMap<>();
	private final Map<Resource, Path> context = new java.util.LinkedHashMap<>();
	private final List<InputProblem> problems = new ArrayList<>();

	private Workspace(XtextResourceSet resourceSet, int threads) {
		this.resourceSet = resourceSet;
		this.threads = threads;
	}

	/** The language's runtime services: loading, naming, serializing new files. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The services whose serializer writes model changes into existing text (runtime and ide); see {@link TextUpdate}. */
	public static synchronized Injector editingInjector() {
		if (editingInjector == null) {
			editingInjector = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return editingInjector;
	}

	/**
	 * Inside Eclipse: use the editor's shared injector for both. A setup of our own would register
	 * its resource factory with EMF over the editor's, and the editor's files would then be read by
	 * services that are not the editor's (its content assist went silent).
	 */
	public static synchronized void useServices(Injector shared) {
		injector = shared;
		editingInjector = shared;
	}

	/** Loads every .journey file found in the given files and folders, and resolves all references. */
	public static Workspace load(List<Path> inputs) {
		return load(inputs, injector());
	}

	/**
	 * Loads the files with the services of the given injector: the one whose serializer is going to
	 * write them, since a serializer only understands the node model of its own grammar instance.
	 */
	public static Workspace load(List<Path> inputs, Injector services) {
		return load(inputs, services, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Loads the files on the given number of threads, which later also check them ({@link #validate()});
	 * the other loads use one per processor.
	 */
	public static Workspace load(List<Path> inputs, Injector services, int threads) {
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", services.getInstance(IResourceFactory.class));
		Workspace workspace = new Workspace(resourceSet, threads);
		for (Path input : inputs) {
			workspace.collect(input);
		}
		int named = workspace.pending.size();
		for (Path input : inputs) {
			if (Files.isRegularFile(input)) {
				Path root = ProjectRoot.of(input);
				workspace.collectContext(root != null ? root : input.toAbsolutePath().normalize().getParent(), root != null);
			}
		}
		try (Parallel parallel = new Parallel(threads)) {
			workspace.parse(parallel, named);
			// Linking a file looks up the caches of the files it points into, to name their elements.
			// EMF's adapter list trims its array on every lookup, so a lookup is a write: an adapter added
			// to a file while another thread looks one up on it corrupts the list. Each file therefore gets
			// here, on one thread, every adapter that linking would add: its cache (safe to share) and
			// the record of the names it imports.
			OnChangeEvictingCache caches = new OnChangeEvictingCache();
			for (Resource resource : resourceSet.getResources()) {
				caches.getOrCreate(resource);
				if (ImportedNamesAdapter.find(resource) == null) {
					resource.eAdapters().add(((XtextResource) resource).getResourceServiceProvider().get(ImportedNamesAdapter.class));
				}
			}
			workspace.index(parallel);
			// each file resolves its own references; the files they point into are only read
			parallel.map(List.copyOf(workspace.files.keySet()), resource -> {
				EcoreUtil.resolveAll(resource);
				return resource;
			});
		}
		return workspace;
	}

	/**
	 * Every check of every named file, in the order named, as the editor runs them. The files are
	 * checked on every processor when every loaded file is linked (no context files, whose
	 * references would be resolved lazily by whichever check reaches them first); otherwise one
	 * after another. A check only reads the models, the index and Xtext's caches, which
	 * {@link #load} has put in place.
	 */
	public Map<Resource, List<Issue>> validate() {
		List<Resource> named = List.copyOf(files.keySet());
		Function<Resource, List<Issue>> check = resource -> ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<List<Issue>> found;
		if (context.isEmpty()) {
			try (Parallel parallel = new Parallel(threads)) {
				found = parallel.map(named, check);
			}
		} else {
			found = named.stream().map(check).toList();
		}
		Map<Resource, List<Issue>> issues = new java.util.LinkedHashMap<>();
		for (int i = 0; i < named.size(); i++) {
			issues.put(named.get(i), found.get(i));
		}
		return issues;
	}

	/**
	 * Runs work on every processor: files are parsed, described and linked each on their own, and
	 * the command line's start-up leaves the second core idle otherwise. Work on one file changes
	 * only that file's model and caches; it reads other files' models and adapters, so no adapter may
	 * be added to any file while work runs (see {@link #load}). The resource set and the index are
	 * shared read-only.
	 */
	private static final class Parallel implements AutoCloseable {
		private final ExecutorService pool;

		Parallel(int threads) {
			pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, work -> {
				Thread thread = new Thread(work, "journey-workspace");
				thread.setDaemon(true);
				return thread;
			});
		}

		/** The work's results for the items, in the items' order; the first failure is thrown. */
		<T, R> List<R> map(List<T> items, Function<T, R> work) {
			if (pool == null || items.size() < 2) {
				return items.stream().map(work).toList();
			}
			List<Future<R>> running = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
			List<R> results = new ArrayList<>();
			for (Future<R> future : running) {
				try {
					results.add(future.get());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while loading the files", e);
				} catch (ExecutionException e) {
					if (e.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (e.getCause() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(e.getCause());
				}
			}
			return results;
		}

		@Override
		public void close() {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	/** The named files and the files of named folders, in the order named: what a command reports and exports. */
	public Map<Resource, Path> files() {
		return files;
	}

	/** The other files of the projects of files named alone, loaded so that references into them resolve. */
	public Map<Resource, Path> context() {
		return context;
	}

	public List<InputProblem> problems() {
		return problems;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * Indexes the exported names of all files once, so that each reference is looked up by name
	 * instead of by scanning every file: linking stays linear in the size of the workspace.
	 */
	private void index(Parallel parallel) {
		List<Resource> all = new ArrayList<>(files.keySet());
		all.addAll(context.keySet());
		List<IResourceDescription> descriptions = parallel.map(all, resource -> {
			IResourceDescription description = ((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager()
					.getResourceDescription(resource);
			description.getExportedObjects().iterator().hasNext(); // computed here, on this file's thread
			return description;
		});
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
	}

	private void collect(Path input) {
		if (!Files.exists(input)) {
			problems.add(new InputProblem(input, 0, 0, "no such file or folder"));
			return;
		}
		if (Files.isDirectory(input)) {
			List<Path> found;
			try (Stream<Path> walk = Files.walk(input)) {
				found = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".journey")).sorted().toList();
			} catch (IOException e) {
				problems.add(new InputProblem(input, 0, 0, "cannot list the folder: " + e.getMessage()));
				return;
			}
			if (found.isEmpty()) {
				problems.add(new InputProblem(input, 0, 0, "the folder holds no .journey files"));
			}
			found.forEach(this::loadFile);
			return;
		}
		if (!input.getFileName().toString().endsWith(".journey")) {
			problems.add(new InputProblem(input, 0, 0, "not a .journey file; journey reads .journey files and folders that hold them"));
			return;
		}
		loadFile(input);
	}

	/** A file read and given its resource, waiting to be parsed. */
	private record Pending(Path file, Path normalized, XtextResource resource, byte[] utf8) {
	}

	private final List<Pending> pending = new ArrayList<>();
	private final Set<Path> seen = new HashSet<>();

	/**
	 * The other .journey files under a project root (or only those in the folder), as context: not
	 * named, so not reported. A context file that cannot be read is left out; the references into
	 * it then say so.
	 */
	private void collectContext(Path root, boolean withSubfolders) {
		try (Stream<Path> walk = Files.walk(root, withSubfolders ? Integer.MAX_VALUE : 1)) {
			walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".journey") && !ProjectRoot.isSkipped(root, p)).sorted()
					.forEach(file -> loadFile(file, true));
		} catch (IOException | java.io.UncheckedIOException e) {
			// a project folder that cannot be listed gives no context; the named file is still checked
		}
	}

	/**
	 * Parses the files read so far, on every processor; the first {@code named} enter {@link #files()}
	 * in the order they were named, the rest {@link #context()}.
	 */
	private void parse(Parallel parallel, int named) {
		List<String> failures = parallel.map(pending, file -> {
			try {
				file.resource().load(new ByteArrayInputStream(file.utf8()), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
				return "";
			} catch (IOException e) {
				return "cannot parse the file: " + e.getMessage();
			}
		});
		for (int i = 0; i < pending.size(); i++) {
			Pending file = pending.get(i);
			if (failures.get(i).isEmpty()) {
				(i < named ? files : context).put(file.resource(), file.normalized());
			} else if (i >= named) {
				resourceSet.getResources().remove(file.resource());
			} else {
				problems.add(new InputProblem(file.file(), 0, 0, failures.get(i)));
				resourceSet.getResources().remove(file.resource());
			}
		}
		pending.clear();
	}

	private void loadFile(Path file) {
		loadFile(file, false);
	}

	/** Reads a file and gives it a resource; a context file that cannot be read is no problem of the input's. */
	private void loadFile(Path file, boolean asContext) {
		Path normalized = file.toAbsolutePath().normalize();
		if (!seen.add(normalized)) {
			return;
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(normalized);
		} catch (IOException e) {
			if (!asContext) {
				problems.add(new InputProblem(file, 0, 0, "cannot read the file: " + e.getMessage()));
			}
			return;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		} catch (CharacterCodingException e) {
			if (!asContext) {
				problems.add(notUtf8(file, bytes));
			}
			return;
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(normalized.toString()));
		pending.add(new Pending(file, normalized, resource, bytes));
	}

	/** Points at the first byte that is not UTF-8, so the analyst can find it. */
	private static InputProblem notUtf8(Path file, byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		int line = 1;
		int column = 1;
		int offset = 0;
		while (offset < bytes.length) {
			int length = sequenceLength(bytes[offset]);
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, offset, Math.min(length, bytes.length - offset)));
			} catch (CharacterCodingException e) {
				return new InputProblem(file, line, column, String.format(
						"the file is not UTF-8 text (byte 0x%02X cannot be read); save it as UTF-8", bytes[offset] & 0xFF));
			}
			if (bytes[offset] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
			offset += length;
		}
		return new InputProblem(file, 0, 0, "the file is not UTF-8 text; save it as UTF-8");
	}

	private static int sequenceLength(byte first) {
		int b = first & 0xFF;
		if (b >= 0xF0) {
			return 4;
		}
		if (b >= 0xE0) {
			return 3;
		}
		return b >= 0xC0 ? 2 : 1;
	}
}
