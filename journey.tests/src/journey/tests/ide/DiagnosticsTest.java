package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.report.Workspace;
import journey.tests.Examples;

/** The language server publishes the problems that `journey validate` reports: no more, no fewer. */
class DiagnosticsTest {

	@TempDir
	Path root;

	@Test
	void theFirstBuildOfTheWorkspaceAndTheCommandLineAgreeOnEveryExample() throws IOException {
		agree(false);
	}

	@Test
	void theOpenFilesAndTheCommandLineAgreeOnEveryExample() throws IOException {
		agree(true);
	}

	private void agree(boolean open) throws IOException {
		for (String example : List.of("travel", "webshop", "b2b")) {
			Map<String, String> files = new LinkedHashMap<>();
			try (Stream<Path> list = Files.list(Examples.folder().resolve(example))) {
				list.filter(file -> file.toString().endsWith(".journey")).sorted()
						.forEach(file -> files.put(file.getFileName().toString(), Examples.read(file)));
			}
			Path folder = root.resolve(open ? "open" : "closed").resolve(example);
			LspTestClient ls = open ? LspTestClient.start(folder, files) : LspTestClient.startClosed(folder, files);
			Workspace workspace = Workspace.load(List.of(Examples.folder().resolve(example)));
			for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
				List<String> expected = ((XtextResource) file.getKey()).getResourceServiceProvider().getResourceValidator()
						.validate(file.getKey(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
						.map(issue -> issue.getLineNumber() + ":" + issue.getCode()).sorted().toList();
				String name = file.getValue().getFileName().toString();
				List<String> published = ls.diagnostics(name).stream()
						.map(d -> (d.getRange().getStart().getLine() + 1) + ":" + d.getCode().getLeft()).sorted().toList();
				assertEquals(expected, published, example + "/" + name);
			}
		}
	}
}
