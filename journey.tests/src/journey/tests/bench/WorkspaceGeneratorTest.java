package journey.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.bench.WorkspaceGenerator;
import journey.report.Workspace;

/** The benchmark's workspaces are what they claim: as large as asked, linked across files, and free of errors. */
class WorkspaceGeneratorTest {

	@TempDir
	Path dir;

	@Test
	void aGeneratedWorkspaceOf300KilobytesValidatesWithoutErrors() throws IOException {
		long written = new WorkspaceGenerator(1).generate(dir, 300_000, 4);
		assertTrue(written >= 300_000, "written: " + written);
		Workspace workspace = Workspace.load(List.of(dir));
		assertEquals(List.of(), workspace.problems());
		assertTrue(workspace.files().size() > 10, "several business units: " + workspace.files().size());
		for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
			assertEquals(List.of(), file.getKey().getErrors(), file.getValue() + " parses and links");
			List<String> errors = ((XtextResource) file.getKey()).getResourceServiceProvider().getResourceValidator()
					.validate(file.getKey(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).map(Object::toString).toList();
			assertEquals(List.of(), errors, file.getValue().toString());
		}
	}
}
