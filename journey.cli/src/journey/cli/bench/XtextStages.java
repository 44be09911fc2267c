package journey.cli.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import journey.report.Workspace;

/**
 * The stages of an Xtext build, run the same way for any language, so that Journey and the stock
 * anchor are measured by the same code: lexing, parsing, a full standalone build, and Xtext's
 * incremental builder set up as the language server sets it up.
 */
final class XtextStages {

	private XtextStages() {
	}

	static long lex(Injector injector, List<String> texts) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		long tokens = 0;
		for (String text : texts) {
			lexer.setCharStream(new ANTLRStringStream(text));
			for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
				tokens++;
			}
		}
		return tokens;
	}

	static long parse(Injector injector, List<String> texts) {
		IParser parser = injector.getInstance(IParser.class);
		long withErrors = 0;
		for (String text : texts) {
			withErrors += parser.parse(new StringReader(text)).hasSyntaxErrors() ? 1 : 0;
		}
		return withErrors;
	}

	/** Loads every file, indexes them all once, links, and runs every check: a standalone build. */
	static FullBuild fullBuild(Injector injector, List<Path> files) {
		StageClock clock = new StageClock();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		clock.stageEnded("load");
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
		clock.stageEnded("index");
		EcoreUtil.resolveAll(resourceSet);
		clock.stageEnded("link");
		long[] issues = new long[2];
		for (Resource resource : resources) {
			IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
			count(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl), issues);
		}
		clock.stageEnded("checks");
		return new FullBuild(resourceSet, issues[0], issues[1], clock.toString());
	}

	/** A finished full build: what it reported, where its time went, and its models, which stay loaded until the heap they take is counted. */
	record FullBuild(ResourceSet resourceSet, long errors, long others, String stages) {

		/** Read after the build's clock has stopped: counting the live heap is a full collection, which is no part of a build. */
		String note() {
			String note = errors + " error(s), " + others + " other issue(s); " + stages + "; live heap after " + BenchCommand.liveHeapMegabytes() + " MB";
			// the models are live until here: the optimizing compiler would let them go before the count
			Reference.reachabilityFence(resourceSet);
			return note;
		}
	}

	/**
	 * The time of each stage of a build and the collector's share of it all. Every stage keeps what it
	 * made, so the collector copies it once; that share is the cost of the models' size, not of a stage.
	 */
	static final class StageClock {

		private final long collectingAtStart = collectingMillis();
		private final StringBuilder stages = new StringBuilder();
		private long stageStart = System.nanoTime();
		private long collectingUntilNow;

		void stageEnded(String stage) {
			long now = System.nanoTime();
			stages.append(stages.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f s", stage, (now - stageStart) / 1e9));
			stageStart = now;
			collectingUntilNow = collectingMillis() - collectingAtStart;
		}

		@Override
		public String toString() {
			return stages + String.format(Locale.ROOT, ", of which collecting %.2f s", collectingUntilNow / 1e3);
		}

		private static long collectingMillis() {
			long millis = 0;
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				millis += Math.max(0, collector.getCollectionTime());
			}
			return millis;
		}
	}

	/** Xtext's IncrementalBuilder over every file, set up as the language server's project manager sets it up. */
	static String incrementalBuild(Injector injector, Path folder, List<Path> files) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		ProjectDescription project = new ProjectDescription();
		project.setName("bench");
		project.attachToEmfObject(resourceSet);
		ResourceDescriptionsData index = new ResourceDescriptionsData(Collections.emptyList());
		new ChunkedResourceDescriptions(Map.of(), resourceSet).setContainer("bench", index);
		BuildRequest request = new BuildRequest();
		request.setBaseDir(URI.createFileURI(folder.toString()));
		request.setDirtyFiles(files.stream().map(file -> URI.createFileURI(file.toString())).toList());
		request.setResourceSet(resourceSet);
		request.setState(new IndexState(index, new Source2GeneratedMapping()));
		long[] issues = new long[2];
		request.setAfterValidate((uri, found) -> {
			count(found, issues);
			return true;
		});
		IResourceServiceProvider language = injector.getInstance(IResourceServiceProvider.class);
		injector.getInstance(IncrementalBuilder.class).build(request, uri -> language);
		return issues[0] + " error(s), " + issues[1] + " other issue(s)";
	}

	private static void count(Iterable<Issue> found, long[] issues) {
		for (Issue issue : found) {
			issues[issue.getSeverity() == Severity.ERROR ? 0 : 1]++;
		}
	}

	/** One journey file, written to a temporary folder and loaded as `journey render` loads it. */
	static Workspace loadText(String text) throws IOException {
		Path folder = Files.createTempDirectory("journey-bench-render-");
		Path file = Files.writeString(folder.resolve("long.journey"), text);
		try {
			return Workspace.load(List.of(file));
		} finally {
			Files.delete(file);
			Files.delete(folder);
		}
	}
}
