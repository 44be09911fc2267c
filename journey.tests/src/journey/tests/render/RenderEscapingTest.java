package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.JourneyCli;
import journey.report.Workspace;

/**
 * A model that puts markup into every string renders it as text: headless Chromium loads the page,
 * no script runs, no element is injected, and every string of the model appears literally.
 */
class RenderEscapingTest {

	/** Opens a script, closes the SVG, breaks out of double- and single-quoted attributes, starts an entity. */
	static final String EVIL = "<script>document.documentElement.setAttribute('data-pwned','yes')</script> \\\" ' & </svg> <img src=x onerror=alert(1)> &amp;";

	static String evil(String tag) {
		return "\"" + tag + " " + EVIL + "\"";
	}

	static final String MODEL = """
			package evil
			persona Pat %s description %s
			channel Web %s online website description %s
			team Ops %s description %s
			person Ann %s is %s in Ops description %s
			system Crm %s owner Ops description %s
			process Serve %s owner Ops description %s {
				activity Answer %s frontstage owner Ann uses Crm description %s
			}
			scale Five %s from -2 to 2 description %s {
				-2 %s
				2 %s
			}
			journey J %s {
				persona Pat
				state current
				version %s
				scale Five
				scope from %s to %s
				question %s
				goal %s
				description %s
				expects %s within 2 days
				stage S %s {
					goal %s
					asks %s, %s
					outcome partly %s
					description %s
					kpi K %s ctr unit %s target 30 actual 20 { description %s }
					step One %s {
						does %s
						thinks %s
						feels -1 %s
						description %s
						touchpoint Page %s via Web {
							does %s
							thinks %s
							feels -2 %s
							when %s
							desired outcome %s
							evidence %s, %s
							supported by Serve.Answer
							description %s
							pain Hurts %s severity high { description %s }
							success Nice %s { description %s }
							kpi Tk %s ctr target 10% { description %s }
						}
						drops 10% because %s
					}
					step Two
				}
				insight I %s from survey { about Page description %s }
				opportunity O %s { from I relieves Hurts description %s }
				solution Fix %s { addresses O owner Ops stakeholders Ann measured by Tk description %s }
			}
			""";

	@TempDir
	static Path dir;

	private static Path site;
	private static Resource resource;

	@BeforeAll
	static void render() throws IOException {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < MODEL.split("%s", -1).length - 1; i++) {
			values.add(evil("S" + i));
		}
		Path model = Files.writeString(dir.resolve("evil.journey"), MODEL.replace("10%", "10%%").formatted(values.toArray()));
		Workspace workspace = Workspace.load(List.of(model));
		resource = workspace.files().keySet().iterator().next();
		assertEquals(List.of(), resource.getErrors(), "the hostile model parses and links");
		site = dir.resolve("site");
		assertEquals(0, JourneyCli.commandLine().execute("render", model.toString(), "-o", site.toString()));
	}

	/** Every string attribute value in the model. */
	private static List<String> strings() {
		List<String> strings = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> collect(object, strings));
		return strings;
	}

	private static void collect(EObject object, List<String> strings) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.getName().equals("name")) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof String text) {
				strings.add(text);
			} else if (value instanceof List<?> list) {
				list.forEach(item -> strings.add((String) item));
			}
		}
	}

	private static String dumpDom(Path page) throws IOException, InterruptedException {
		return Chromium.dumpDom(page, dir);
	}

	/** How Chromium serialises a text node: only &, <, > and no-break spaces are escaped. */
	private static String asDomText(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> files = Files.list(site)) {
			return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted().toList();
		}
	}

	@Test
	void theHostileModelReallyCarriesMarkupInEveryString() {
		List<String> strings = strings();
		assertTrue(strings.size() >= 60, "strings in the model: " + strings.size());
		assertTrue(strings.stream().allMatch(s -> s.contains("<script>") && s.contains("\"") && s.contains("'") && s.contains("&") && s.contains("</svg>")),
				strings.toString());
	}

	@Test
	void noScriptRunsAndNoElementIsInjectedInAnyPageOrSvg() throws IOException, InterruptedException {
		for (Path page : pages()) {
			String dom = dumpDom(page).toLowerCase(Locale.ROOT);
			// The payload names the attribute in its text; only a script that ran would have set it.
			assertFalse(dom.contains("data-pwned=\""), "a script ran in " + page);
			assertFalse(dom.contains("<script"), "a script element was injected into " + page);
			assertFalse(dom.contains("<img"), "an element was injected into " + page);
		}
	}

	@Test
	void everyStringOfTheModelAppearsLiterallyOnTheJourneyPage() throws IOException, InterruptedException {
		String dom = dumpDom(site.resolve("evil.J.html"));
		List<String> missing = strings().stream().filter(s -> !dom.contains(asDomText(s))).toList();
		assertEquals(List.of(), missing, "strings not shown literally");
	}

	@Test
	void theIndexShowsTheJourneyTitleAndPersonaLiterally() throws IOException, InterruptedException {
		String dom = dumpDom(site.resolve("index.html"));
		assertTrue(dom.contains(asDomText(EVIL.replace("\\\"", "\""))), dom);
	}
}
