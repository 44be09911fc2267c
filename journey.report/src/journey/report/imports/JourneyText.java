package journey.report.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import journey.dsl.ide.serializer.ClauseMerger;
import journey.report.Workspace;

/** The text of a new .journey file made from a model, written by the serializer and laid out by the formatter. */
public final class JourneyText {

	private JourneyText() {
	}

	/** The model as the text of {@code target}; references into other files are written as the file there would see them. */
	public static String of(EObject model, Path target) throws ImportException {
		XtextResourceSet resourceSet = Workspace.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(target.toAbsolutePath().normalize().toString()));
		resource.getContents().add(model);
		return write(resource);
	}

	/** The resource's model as text, laid out by the formatter, each property's values in one clause. */
	public static String write(XtextResource resource) throws ImportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		} catch (IOException | RuntimeException e) {
			throw new ImportException("cannot write the model as .journey text: " + e.getMessage());
		}
		String text = out.toString(StandardCharsets.UTF_8);
		// the serializer writes each added value of a list as a clause of its own ("triggers A triggers B")
		IParseResult parsed = Workspace.injector().getInstance(IParser.class).parse(new StringReader(text));
		if (!parsed.hasSyntaxErrors()) {
			text = ClauseMerger.mergeAll(parsed);
		}
		return text.endsWith("\n") ? text : text + "\n";
	}

	/** The package a new file gets: its file name in lower case, as the examples name theirs. */
	public static String packageFor(Path target) {
		String base = target.getFileName().toString().replaceFirst("\\.journey$", "").toLowerCase(java.util.Locale.ROOT)
				.replaceAll("[^a-z0-9_]", "");
		return base.isEmpty() || Character.isDigit(base.charAt(0)) ? "imported" : base;
	}
}
