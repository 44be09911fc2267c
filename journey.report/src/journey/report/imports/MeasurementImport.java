package journey.report.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import journey.dsl.model.Kpi;
import journey.dsl.model.Measurement;
import journey.dsl.query.KpiKinds;
import journey.report.TextUpdate;
import journey.report.Workspace;
import journey.report.imports.ImportException.Problem;

/**
 * `journey import --format measurements`: a spreadsheet's rows of KPI, date and value (and,
 * optionally, source) as dated measurements of the project's KPIs. A KPI is named by its qualified
 * name or its title; values take a decimal comma or point and an optional %; dates are ISO. Every bad
 * row is reported with its row and column, and then nothing is written. A day the KPI has already
 * measured is reported and left alone, never doubled. A KPI whose newest measurement comes from the
 * spreadsheet gets that value as its actual.
 */
public final class MeasurementImport {

	/** The columns by the header words that name them; the source column is optional. */
	private static final Map<String, String> COLUMNS = Map.of("kpi", "kpi", "indicator", "kpi", "date", "date", "datum", "date",
			"day", "date", "value", "value", "waarde", "value", "source", "source", "bron", "source");

	/** One good row. */
	private record Figure(int row, String kpi, LocalDate date, BigDecimal value, String source) {
	}

	private MeasurementImport() {
	}

	public static ImportResult importInto(Path csv, Path project) throws ImportException {
		String text = InputText.read(csv);
		if (text.isBlank()) {
			throw new ImportException("the file is empty; a measurements file has a header row 'kpi,date,value' and a row per measurement");
		}
		char separator = CsvRows.separator(text);
		List<CsvRows.Row> rows = CsvRows.read(text, separator);
		Map<String, Integer> columns = columns(rows.get(0));
		if (rows.size() == 1) {
			throw new ImportException("the file has a header but no rows of measurements");
		}
		Path root = project.toAbsolutePath().normalize();
		Workspace workspace = Workspace.load(List.of(root));
		if (workspace.files().isEmpty()) {
			throw new ImportException("there is no .journey file in " + root + ", so no KPI to add measurements to; "
					+ "name the project with -o DIR");
		}
		KpiIndex index = new KpiIndex(workspace);
		String defaultSource = csv.getFileName().toString();

		List<Problem> problems = new ArrayList<>();
		List<Figure> figures = new ArrayList<>();
		for (CsvRows.Row row : rows.subList(1, rows.size())) {
			try {
				figures.add(figure(row, columns, index, defaultSource, separator));
			} catch (ImportException e) {
				problems.addAll(e.problems());
			}
		}
		ImportSummary summary = new ImportSummary();
		Map<String, Figure> seen = new HashMap<>();
		List<Figure> wanted = new ArrayList<>();
		for (Figure figure : figures) {
			Figure earlier = seen.putIfAbsent(figure.kpi() + "@" + figure.date(), figure);
			if (earlier == null) {
				wanted.add(figure);
			} else if (earlier.value().compareTo(figure.value()) == 0) {
				summary.skipped("row " + figure.row(), "it repeats row " + earlier.row() + " (" + figure.kpi() + " on " + figure.date() + ")");
			} else {
				problems.add(new Problem("row " + figure.row() + " gives " + figure.kpi() + " on " + figure.date() + " the value "
						+ figure.value().toPlainString() + ", but row " + earlier.row() + " gives it " + earlier.value().toPlainString()
						+ "; keep one of the two rows", figure.row(), columns.get("value") + 1));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}

		// what each file gets, by the KPI's qualified name; days already measured are reported instead
		Map<Path, Map<String, List<Figure>>> byFile = new LinkedHashMap<>();
		for (Figure figure : wanted) {
			Kpi kpi = index.byName.get(figure.kpi());
			Measurement existing = MeasurementWriter.on(kpi, MeasurementWriter.day(figure.date()));
			if (existing != null) {
				String where = where(kpi.eResource(), existing, workspace);
				summary.skipped("row " + figure.row(), existing.getValue() != null && existing.getValue().compareTo(figure.value()) == 0
						? figure.kpi() + " already has " + KpiKinds.valueText(kpi, figure.value()) + " on " + figure.date()
						: figure.kpi() + " already has " + KpiKinds.valueText(kpi, existing.getValue()) + " on " + figure.date() + " (" + where
								+ "), the row says " + KpiKinds.valueText(kpi, figure.value()) + "; kept the file's, change it there if the row is right");
				continue;
			}
			byFile.computeIfAbsent(workspace.files().get(kpi.eResource()), f -> new LinkedHashMap<>())
					.computeIfAbsent(figure.kpi(), k -> new ArrayList<>()).add(figure);
		}
		List<ImportResult.FileText> files = new ArrayList<>();
		for (Map.Entry<Path, Map<String, List<Figure>>> file : byFile.entrySet()) {
			try {
				String changed = TextUpdate.changed(file.getKey(), "the import adds measurements and changes actual values only",
						(resource, loaded) -> apply(resource, file.getValue(), summary));
				files.add(ImportResult.FileText.of(file.getKey(), changed));
			} catch (TextUpdate.UpdateException e) {
				throw new ImportException(e.getMessage());
			}
		}
		return new ImportResult(files, summary);
	}

	private static void apply(Resource resource, Map<String, List<Figure>> figures, ImportSummary summary) throws TextUpdate.UpdateException {
		IQualifiedNameProvider names = Workspace.injector().getInstance(IQualifiedNameProvider.class);
		Map<String, Kpi> kpis = new HashMap<>();
		EcoreUtil.getAllContents(resource, false).forEachRemaining(element -> {
			if (element instanceof Kpi kpi && names.getFullyQualifiedName(kpi) != null) {
				kpis.put(names.getFullyQualifiedName(kpi).toString(), kpi);
			}
		});
		for (Map.Entry<String, List<Figure>> entry : figures.entrySet()) {
			Kpi kpi = kpis.get(entry.getKey());
			if (kpi == null) {
				throw new TextUpdate.UpdateException("the KPI " + entry.getKey() + " is no longer in " + resource.getURI().lastSegment());
			}
			Measurement latestBefore = MeasurementWriter.latest(kpi);
			List<Measurement> added = new ArrayList<>();
			for (Figure figure : entry.getValue()) {
				added.add(MeasurementWriter.add(kpi, MeasurementWriter.day(figure.date()), figure.value(), figure.source()));
			}
			Measurement latest = MeasurementWriter.latest(kpi);
			String actual = "";
			if (added.contains(latest) && latest != latestBefore && (kpi.getActual() == null || kpi.getActual().compareTo(latest.getValue()) != 0)) {
				actual = "; actual " + (kpi.getActual() == null ? "none" : KpiKinds.valueText(kpi, kpi.getActual())) + " → "
						+ KpiKinds.valueText(kpi, latest.getValue());
				kpi.setActual(latest.getValue());
			}
			summary.updated("kpi " + entry.getKey(), added.size() + " measurement" + (added.size() == 1 ? "" : "s") + " ("
					+ entry.getValue().stream().map(f -> f.date().toString()).sorted().collect(Collectors.joining(", ")) + ")" + actual);
		}
	}

	/** Which field holds what, from the header; an error that names the columns wanted where the header does not. */
	private static Map<String, Integer> columns(CsvRows.Row header) throws ImportException {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String word = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
			String column = COLUMNS.get(word);
			if (column == null) {
				throw new ImportException("the header's column " + (i + 1) + " is '" + header.fields().get(i) + "'; the columns are kpi, "
						+ "date and value, and optionally source, in any order", header.line(), i + 1);
			}
			if (columns.putIfAbsent(column, i) != null) {
				throw new ImportException("the header names the " + column + " column twice", header.line(), i + 1);
			}
		}
		for (String needed : List.of("kpi", "date", "value")) {
			if (!columns.containsKey(needed)) {
				throw new ImportException("the header has no " + needed + " column; the columns are kpi, date and value, and optionally "
						+ "source (the header read: " + String.join(", ", header.fields()) + ")", header.line(), 1);
			}
		}
		return columns;
	}

	private static Figure figure(CsvRows.Row row, Map<String, Integer> columns, KpiIndex index, String defaultSource, char separator)
			throws ImportException {
		int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		if (row.fields().size() < width || row.fields().size() > columns.size()) {
			String hint = separator == ',' && row.fields().size() > columns.size()
					? "; a value with a decimal comma needs quotes (\"3,5\"), or a file separated by ';'"
					: "";
			throw new ImportException("row " + row.line() + " has " + row.fields().size() + " field" + (row.fields().size() == 1 ? "" : "s")
					+ ", the header " + columns.size() + hint, row.line(), 1);
		}
		String name = row.fields().get(columns.get("kpi")).strip();
		Kpi kpi = index.find(name, row.line(), columns.get("kpi") + 1);
		String dateText = row.fields().get(columns.get("date")).strip();
		LocalDate date;
		try {
			date = LocalDate.parse(dateText);
		} catch (DateTimeParseException e) {
			throw new ImportException("row " + row.line() + ": the date '" + dateText + "' is not an ISO date; write it as 2026-03-31",
					row.line(), columns.get("date") + 1);
		}
		String valueText = row.fields().get(columns.get("value")).strip();
		BigDecimal value = value(valueText, row.line(), columns.get("value") + 1);
		String source = columns.containsKey("source") && !row.fields().get(columns.get("source")).isBlank()
				? row.fields().get(columns.get("source")).strip()
				: defaultSource;
		return new Figure(row.line(), index.qualifiedName(kpi), date, value, source);
	}

	/** 3.5, 3,5, -2 or 42%; a value with both a comma and a point is refused, since which is the decimal mark cannot be told. */
	static BigDecimal value(String text, int line, int column) throws ImportException {
		String plain = text.replace(" ", "").replace("\u00A0", "");
		if (plain.endsWith("%")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		if (plain.contains(",") && plain.contains(".")) {
			throw new ImportException("row " + line + ": the value '" + text + "' has both a comma and a point; write it without "
					+ "thousands separators, as 1234.5 or 1234,5", line, column);
		}
		plain = plain.replace(',', '.');
		if (!plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
			throw new ImportException("row " + line + ": the value '" + text + "' is not a number", line, column);
		}
		return new BigDecimal(plain);
	}

	/** The file and line of a measurement, for a message. */
	private static String where(Resource resource, Measurement measurement, Workspace workspace) {
		ICompositeNode node = NodeModelUtils.getNode(measurement);
		Path file = workspace.files().get(resource);
		return (file == null ? resource.getURI().lastSegment() : file.getFileName().toString()) + (node == null ? "" : ":" + node.getStartLine());
	}

	/** The project's KPIs by qualified name and by title. */
	private static final class KpiIndex {
		final Map<String, Kpi> byName = new LinkedHashMap<>();
		final Map<String, List<Kpi>> byTitle = new HashMap<>();
		final Map<String, List<Kpi>> bySimpleName = new HashMap<>();
		private final IQualifiedNameProvider names = Workspace.injector().getInstance(IQualifiedNameProvider.class);

		KpiIndex(Workspace workspace) {
			for (Resource resource : workspace.files().keySet()) {
				EcoreUtil.getAllContents(resource, false).forEachRemaining(element -> {
					if (element instanceof Kpi kpi && kpi.getName() != null) {
						QualifiedName name = names.getFullyQualifiedName(kpi);
						if (name != null) {
							byName.put(name.toString(), kpi);
						}
						if (kpi.getTitle() != null) {
							byTitle.computeIfAbsent(kpi.getTitle().strip().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(kpi);
						}
						bySimpleName.computeIfAbsent(kpi.getName(), t -> new ArrayList<>()).add(kpi);
					}
				});
			}
		}

		String qualifiedName(Kpi kpi) {
			return names.getFullyQualifiedName(kpi).toString();
		}

		Kpi find(String name, int line, int column) throws ImportException {
			if (byName.containsKey(name)) {
				return byName.get(name);
			}
			List<Kpi> candidates = byTitle.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
			if (candidates.isEmpty()) {
				candidates = bySimpleName.getOrDefault(name, List.of());
			}
			if (candidates.size() == 1) {
				return candidates.get(0);
			}
			if (candidates.size() > 1) {
				throw new ImportException("row " + line + ": '" + name + "' could be any of " + candidates.stream().map(this::qualifiedName)
						.collect(Collectors.joining(", ")) + "; name the KPI by its qualified name", line, column);
			}
			String known = byName.keySet().stream().limit(8).collect(Collectors.joining(", "));
			throw new ImportException("row " + line + ": no KPI is called '" + name + "'; name it by qualified name or title, such as "
					+ known + (byName.size() > 8 ? ", …" : ""), line, column);
		}
	}
}
