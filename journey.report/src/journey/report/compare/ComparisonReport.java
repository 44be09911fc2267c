package journey.report.compare;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import journey.dsl.compare.JourneyComparison;
import journey.dsl.model.Journey;
import journey.report.JsonText;
import journey.report.DisplayText;
import journey.report.analyze.TextTable;

/** Comparisons of journeys as text tables or as JSON, as `journey diff` prints them. */
public final class ComparisonReport {

	/** A comparison and how to name the files its two versions come from. */
	public record Source(JourneyComparison comparison, String fileBefore, String fileAfter) {
	}

	/** A journey found in one version only. */
	public record Unpaired(Journey journey, String file, boolean added) {
	}

	private ComparisonReport() {
	}

	/** A heading, a summary line and the tables per comparison; then the journeys found on one side only. */
	public static String text(List<Source> sources, List<Unpaired> unpaired) {
		StringBuilder text = new StringBuilder();
		for (Source source : sources) {
			JourneyComparison comparison = source.comparison();
			List<ComparisonTables.Table> tables = ComparisonTables.of(comparison);
			text.append("== ").append(DisplayText.qualifiedName(comparison.before())).append(" (").append(source.fileBefore()).append(") -> ")
					.append(DisplayText.qualifiedName(comparison.after())).append(" (").append(source.fileAfter()).append(")\n");
			text.append(ComparisonTables.summary(comparison)).append("\n\n");
			for (ComparisonTables.Table table : tables) {
				String[] header = table.columns().stream().map(column -> (column.numeric() ? ">" : "") + column.header()).toArray(String[]::new);
				TextTable printed = new TextTable(header);
				for (List<Object> row : table.rows()) {
					Object[] cells = new Object[row.size()];
					for (int i = 0; i < cells.length; i++) {
						cells[i] = plain(row.get(i), table.columns().get(i));
					}
					printed.row(cells);
				}
				text.append(table.title()).append('\n').append(printed).append('\n');
			}
		}
		for (Unpaired journey : unpaired) {
			text.append("== ").append(DisplayText.qualifiedName(journey.journey())).append(" (").append(journey.file()).append(") ")
					.append(journey.added() ? "is new: the old version has no journey of that name" : "is gone: the new version has no journey of that name")
					.append("\n\n");
		}
		return text.toString();
	}

	/** One JSON object: the comparisons, each with its tables as arrays of objects, and the unpaired journeys. */
	public static String json(List<Source> sources, List<Unpaired> unpaired) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode all = json.objectNode();
		ArrayNode comparisons = all.putArray("comparisons");
		for (Source source : sources) {
			JourneyComparison comparison = source.comparison();
			ObjectNode node = comparisons.addObject();
			node.putObject("before").put("journey", DisplayText.qualifiedName(comparison.before())).put("file", source.fileBefore());
			node.putObject("after").put("journey", DisplayText.qualifiedName(comparison.after())).put("file", source.fileAfter());
			node.put("summary", ComparisonTables.summary(comparison));
			ObjectNode changes = node.putObject("changes");
			for (ComparisonTables.Table table : ComparisonTables.of(comparison)) {
				ArrayNode rows = changes.putArray(table.id());
				for (List<Object> row : table.rows()) {
					ObjectNode object = rows.addObject();
					for (int i = 0; i < table.columns().size(); i++) {
						Object cell = row.get(i);
						String key = table.columns().get(i).key();
						if (cell instanceof Number number) {
							object.put(key, new java.math.BigDecimal(number.toString()).stripTrailingZeros());
						} else {
							object.put(key, cell == null ? null : cell.toString());
						}
					}
				}
			}
			node.set("curveBefore", curve(comparison.curveBefore()));
			node.set("curveAfter", curve(comparison.curveAfter()));
		}
		ArrayNode only = all.putArray("unpaired");
		for (Unpaired journey : unpaired) {
			only.addObject().put("journey", DisplayText.qualifiedName(journey.journey())).put("file", journey.file())
					.put("side", journey.added() ? "new" : "old");
		}
		return JsonText.indented(all);
	}

	private static ArrayNode curve(journey.dsl.analytics.EmotionCurve curve) {
		ArrayNode points = JsonNodeFactory.instance.arrayNode();
		curve.points().forEach(point -> points.addObject().put("step", point.step().getName()).put("emotion", point.emotion()));
		return points;
	}

	/** A cell for reading: a change with its sign (+2, -0.5), other numbers plain. */
	public static String plain(Object cell, ComparisonTables.Column column) {
		if (cell instanceof Number number) {
			java.math.BigDecimal value = new java.math.BigDecimal(number.toString()).stripTrailingZeros();
			String text = value.toPlainString();
			return column.isChange() && value.signum() > 0 ? "+" + text : text;
		}
		return cell == null ? null : cell.toString();
	}
}
