package journey.replay;

import java.sql.SQLException;
import java.util.List;

/**
 * Where the replay's SQL runs. The queries of {@link Replay} are written once, in SQL that DuckDB
 * and Spark both read; an engine adds only what differs: how a log file is scanned, how rows are
 * loaded, and the name of a percentile function.
 */
public interface SqlEngine extends AutoCloseable {

	/** Creates the view {@code name} over a CSV or Parquet file, every column read as text, with {@code row_no} counting rows from 1 in file order. */
	void scan(String name, java.nio.file.Path file) throws SQLException;

	/**
	 * Runs a statement. The replay's only statement besides queries is {@code CREATE OR REPLACE
	 * TABLE name AS query}; an engine may keep the result as it likes (Spark caches a view).
	 */
	void execute(String sql) throws SQLException;

	/** The columns of a table or view, in order. */
	List<String> columns(String table) throws SQLException;

	/** An identifier quoted for the engine, for a column name that may be a keyword ("case"). */
	String quote(String identifier);

	/** An aggregate that joins a text column's values in the order of another column, with a separator between them. */
	String orderedJoin(String value, String order, String separator);

	List<Object[]> query(String sql) throws SQLException;

	/** Creates a table of text, integer and decimal columns ({@code name type, ...}) and loads the rows into it. */
	void load(String table, String columns, List<Object[]> rows) throws SQLException;

	/** The continuous percentile {@code p} (0..1) of an expression, as an aggregate. */
	String percentile(String expression, double p);

	/** Seconds between two timestamps, as a double. */
	String secondsBetween(String from, String to);

	@Override
	void close() throws SQLException;
}
