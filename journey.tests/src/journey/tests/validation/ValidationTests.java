package journey.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import journey.dsl.build.DetachedResourceDescription;

/**
 * Parses journey texts together (so cross-file references resolve) and reads the issues one file
 * gets, so each validator test states its model and the expected issues side by side.
 */
public class ValidationTests {

	/** A small, complete catalogue that test journeys import with `import cat.*`. */
	public static final String CATALOGUE = """
			package cat
			persona Shopper
			channel Web online website
			channel Phone offline phone
			team Sales
			team Ops
			person Ann in Sales
			process Sell owner Sales {
				activity Show frontstage
				activity Pack backstage owner Ops
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The issues of the last text, parsed after the others; "code@name" per issue, sorted. */
	public List<String> issues(String... texts) {
		return issueList(texts).stream().map(i -> i.getCode() + "@" + i.getLineNumber()).sorted().toList();
	}

	public List<Issue> issueList(String... texts) {
		return issueList(false, texts);
	}

	/**
	 * The issues of the last text as Xtext's incremental builder (the language server's) sees it while
	 * it builds: the other files are indexed without their references, as the language's indexer
	 * describes them before they are linked.
	 */
	public List<Issue> issueListDuringIncrementalBuild(String... texts) {
		return issueList(true, texts);
	}

	private List<Issue> issueList(boolean duringBuild, String... texts) {
		XtextResourceSet set = resourceSets.get();
		Resource last = null;
		for (int i = 0; i < texts.length; i++) {
			last = set.createResource(URI.createURI("inmemory:/test/file" + i + ".journey"));
			try {
				last.load(new StringInputStream(texts[i]), null);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}
		EcoreUtil.resolveAll(set);
		if (duringBuild) {
			List<IResourceDescription> descriptions = new ArrayList<>();
			for (Resource resource : set.getResources()) {
				IResourceDescription description = ((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager()
						.getResourceDescription(resource);
				descriptions.add(resource == last ? description : DetachedResourceDescription.exportsOf(description));
			}
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, new ResourceDescriptionsData(descriptions));
		}
		return ((XtextResource) last).getResourceServiceProvider().getResourceValidator().validate(last, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Asserts that exactly these codes are reported, each with the given severity and on the given line. */
	public void assertIssues(List<Issue> issues, String... expected) {
		List<String> actual = issues.stream().map(i -> severity(i.getSeverity()) + " " + i.getCode() + " line " + i.getLineNumber())
				.sorted().toList();
		assertEquals(List.of(expected).stream().sorted().toList(), actual,
				() -> issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
	}

	/** Only the issues with one of these codes, so that a test looks at its own validator's rules. */
	public static List<Issue> only(List<Issue> issues, String... codes) {
		List<String> wanted = List.of(codes);
		return issues.stream().filter(i -> wanted.contains(i.getCode())).toList();
	}

	/** The message of the only issue with this code. */
	public String message(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		if (matching.size() != 1) {
			fail("expected one " + code + " but got " + issues);
		}
		return matching.get(0).getMessage();
	}

	private static String severity(Severity severity) {
		return severity.name().toLowerCase();
	}
}
