package journey.report.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.report.DisplayText;
import journey.report.OutputFolder;
import journey.report.OutputText;
import journey.report.compare.ComparisonReport;

/**
 * Turns journeys into what people read: a self-contained HTML page per journey (map, blueprint,
 * analytics, improvement), standalone SVG drawings, and a site with an index. `journey render`,
 * the editor's preview and the language server's render command all come here.
 */
public final class JourneyRenderer {

	private JourneyRenderer() {
	}

	/** One journey's page on its own, with its drawings inline and no links to other files: for a preview. */
	public static String page(Journey journey, PriorityFormula priority) {
		JourneyPage.Drawings drawings = new JourneyPage.Drawings(JourneyMapSvg.render(journey), null, BlueprintSvg.render(journey), null,
				FlowGraphSvg.render(journey), null);
		return JourneyPage.render(JourneyAnalytics.of(journey, priority), drawings);
	}

	/** A page of comparisons, one section per pair of journeys, then the journeys found in one version only: for `journey diff --format html`. */
	public static String comparisonPage(List<ComparisonReport.Source> sources, List<ComparisonReport.Unpaired> unpaired) {
		StringBuilder html = new StringBuilder();
		html.append(Styles.documentStart("Journey comparison"))
				.append("<header class=\"page\"><h1>Journey comparison</h1><div class=\"meta\">").append(sources.size())
				.append(sources.size() == 1 ? " pair of journeys" : " pairs of journeys").append("</div></header>\n<main>\n");
		int index = 0;
		for (ComparisonReport.Source source : sources) {
			html.append("<section id=\"comparison-").append(++index).append("\"><h2>").append(OutputText.html(DisplayText.label(source.comparison().after())))
					.append("</h2>\n<div class=\"meta\">").append(OutputText.html(source.fileBefore())).append(" \u2192 ").append(OutputText.html(source.fileAfter()))
					.append("</div>\n").append(ComparisonSection.body(source.comparison())).append("</section>\n");
		}
		for (ComparisonReport.Unpaired journey : unpaired) {
			html.append("<section><h2>").append(OutputText.html(DisplayText.label(journey.journey()))).append("</h2>\n<p class=\"hint\">")
					.append(OutputText.html(DisplayText.qualifiedName(journey.journey()) + " (" + journey.file() + ") "
							+ (journey.added() ? "is new: the old version has no journey of that name." : "is gone: the new version has no journey of that name.")))
					.append("</p></section>\n");
		}
		html.append("</main>\n<footer>Written by <code>journey diff</code>. The page is self-contained: no scripts, nothing fetched.</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	/** The journey map as a standalone SVG document. */
	public static String mapSvg(Journey journey) {
		return document(JourneyMapSvg.render(journey));
	}

	/** The service blueprint as a standalone SVG document. */
	public static String blueprintSvg(Journey journey) {
		return document(BlueprintSvg.render(journey));
	}

	/** The step flow as a standalone SVG document. */
	public static String flowSvg(Journey journey) {
		return document(FlowGraphSvg.render(journey));
	}

	/** Forgets the remembered ELK layouts, so that the next drawings lay every shape out anew: for benchmarks of a first render. */
	public static void forgetLayouts() {
		LayoutMemo.forget();
	}

	/** A written site: its index page, and each journey's page with its drawings. */
	public record Site(Path index, List<Page> pages) {
	}

	/** One journey's page and the standalone files of its drawings (map, blueprint, step flow). */
	public record Page(Journey journey, Path html, List<Picture> drawings) {
	}

	/** A drawing's SVG file and its size in CSS pixels. */
	public record Picture(Path svg, double width, double height) {
	}

	/** Writes every journey's page and drawings into the folder, then the index. */
	public static Site site(List<Journey> journeys, PriorityFormula priority, OutputFolder folder) throws OutputFolder.OutputException {
		Set<String> used = new HashSet<>();
		List<IndexPage.Entry> entries = new ArrayList<>();
		List<Page> pages = new ArrayList<>();
		for (Journey journey : journeys) {
			String base = fileName(DisplayText.qualifiedName(journey), used);
			JourneyAnalytics analytics = JourneyAnalytics.of(journey, priority);
			JourneyPage.Drawings drawings = new JourneyPage.Drawings(JourneyMapSvg.render(journey), base + "-map.svg",
					BlueprintSvg.render(journey), base + "-blueprint.svg", FlowGraphSvg.render(journey), base + "-flow.svg");
			List<Picture> pictures = List.of(picture(folder.write(drawings.mapFile(), document(drawings.map())), drawings.map()),
					picture(folder.write(drawings.blueprintFile(), document(drawings.blueprint())), drawings.blueprint()),
					picture(folder.write(drawings.flowFile(), document(drawings.flow())), drawings.flow()));
			pages.add(new Page(journey, folder.write(base + ".html", JourneyPage.render(analytics, drawings)), pictures));
			entries.add(new IndexPage.Entry(journey, analytics.emotionCurve(), base + ".html"));
		}
		return new Site(folder.write("index.html", IndexPage.render(entries)), List.copyOf(pages));
	}

	private static Picture picture(Path file, Svg.Drawing drawing) {
		return new Picture(file, drawing.width(), drawing.height());
	}

	private static String document(Svg.Drawing drawing) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing.markup();
	}

	/** A file name safe on every file system, unique within this run, never "index". */
	private static String fileName(String qualifiedName, Set<String> used) {
		String base = qualifiedName.replaceAll("[^A-Za-z0-9._-]", "_");
		if (base.isEmpty() || base.startsWith(".")) {
			base = "journey" + base;
		}
		String candidate = base;
		for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)) || candidate.equalsIgnoreCase("index"); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}
}
