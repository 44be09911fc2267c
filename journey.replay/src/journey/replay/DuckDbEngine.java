package journey.replay;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/**
 * The embedded engine: DuckDB in this process, in memory, with nothing to install. It reads CSV
 * and Parquet itself and spills to a temporary folder when a log outgrows the memory it is given,
 * so memory is bounded by the engine, not by the log.
 */
public final class DuckDbEngine implements SqlEngine {

	private final Connection connection;

	public DuckDbEngine() throws SQLException {
		// the driver is created directly rather than found through DriverManager, which does not see bundles in OSGi
		Properties properties = new Properties();
		// DuckDB's own limit (80% of the memory) unless one is given; beyond it, it spills to disk
		String limit = System.getProperty("journey.replay.memory");
		if (limit != null) {
			properties.setProperty("memory_limit", limit);
		}
		properties.setProperty("temp_directory", System.getProperty("java.io.tmpdir") + "/journey-duckdb");
		this.connection = new DuckDBDriver().connect("jdbc:duckdb:", properties);
	}

	@Override
	public void scan(String name, Path file) throws SQLException {
		String path = literal(file.toAbsolutePath().toString());
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String source = lower.endsWith(".parquet") || lower.endsWith(".parq")
				? "SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS row_no FROM read_parquet(" + path + ", file_row_number = true)"
				: "SELECT *, row_number() OVER () AS row_no FROM read_csv(" + path + ", header = true, all_varchar = true, auto_detect = true)";
		execute("CREATE OR REPLACE TABLE " + name + " AS " + source);
	}

	@Override
	public void execute(String sql) throws SQLException {
		long start = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		trace(sql, start);
	}

	/** With -Djourney.replay.trace, each statement's time on stderr: to profile the replay. */
	private static void trace(String sql, long start) {
		if (Boolean.getBoolean("journey.replay.trace")) {
			System.err.printf(Locale.ROOT, "%8.3f s  %s%n", (System.nanoTime() - start) / 1e9, sql.length() > 140 ? sql.substring(0, 140) : sql);
		}
	}

	@Override
	public List<Object[]> query(String sql) throws SQLException {
		long start = System.nanoTime();
		List<Object[]> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = result.getObject(i + 1);
				}
				rows.add(row);
			}
		}
		trace(sql, start);
		return rows;
	}

	@Override
	public void load(String table, String columns, List<Object[]> rows) throws SQLException {
		execute("CREATE OR REPLACE TABLE " + table + " (" + columns + ")");
		int width = columns.split(",").length;
		String marks = String.join(", ", java.util.Collections.nCopies(width, "?"));
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
			for (Object[] row : rows) {
				for (int i = 0; i < width; i++) {
					insert.setObject(i + 1, row[i]);
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public List<String> columns(String table) throws SQLException {
		return query("SELECT column_name FROM (DESCRIBE " + table + ")").stream().map(row -> (String) row[0]).toList();
	}

	@Override
	public String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String orderedJoin(String value, String order, String separator) {
		return "string_agg(" + value + ", " + literal(separator) + " ORDER BY " + order + ")";
	}

	@Override
	public String percentile(String expression, double p) {
		return "quantile_cont(" + expression + ", " + p + ")";
	}

	@Override
	public String secondsBetween(String from, String to) {
		return "(epoch(" + to + ") - epoch(" + from + "))";
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

	/** A SQL string literal. */
	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}
}
