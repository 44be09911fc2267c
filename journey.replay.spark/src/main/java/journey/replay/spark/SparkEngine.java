package journey.replay.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import journey.replay.SqlEngine;

/**
 * The replay's SQL on Apache Spark, for logs that outgrow one machine: {@code local[*]} or a
 * cluster's master URL. Each table the replay creates is a cached view; a log's rows are numbered
 * in file order with {@code zipWithIndex}, so that bad rows are named as DuckDB names them.
 * Timestamps are read in UTC, as DuckDB reads them: without a zone.
 */
public final class SparkEngine implements SqlEngine {

	private static final Pattern CREATE_TABLE = Pattern.compile("(?s)CREATE OR REPLACE TABLE (\\w+) AS (.*)");

	private final SparkSession spark;

	public SparkEngine(String master) {
		this.spark = SparkSession.builder().master(master).appName("journey replay").config("spark.ui.enabled", "false")
				.config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "8").config("spark.sql.ansi.enabled", "false")
				.getOrCreate();
		spark.sparkContext().setLogLevel("WARN");
	}

	@Override
	public void scan(String name, Path file) {
		String path = file.toAbsolutePath().toString();
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Dataset<Row> log = lower.endsWith(".parquet") || lower.endsWith(".parq") ? spark.read().parquet(path)
				: spark.read().option("header", "true").option("inferSchema", "false").csv(path);
		StructType schema = log.schema().add("row_no", DataTypes.LongType);
		int width = log.schema().size();
		JavaRDD<Row> numbered = log.javaRDD().zipWithIndex().map(pair -> {
			Object[] values = new Object[width + 1];
			for (int i = 0; i < width; i++) {
				values[i] = pair._1().get(i);
			}
			values[width] = pair._2() + 1;
			return RowFactory.create(values);
		});
		register(name, spark.createDataFrame(numbered, schema));
	}

	@Override
	public void execute(String sql) {
		Matcher create = CREATE_TABLE.matcher(sql.strip());
		if (create.matches()) {
			register(create.group(1), spark.sql(create.group(2)));
		} else {
			spark.sql(sql).collectAsList();
		}
	}

	private void register(String name, Dataset<Row> table) {
		if (spark.catalog().tableExists(name)) {
			spark.catalog().uncacheTable(name);
		}
		table.createOrReplaceTempView(name);
		spark.catalog().cacheTable(name);
	}

	@Override
	public List<Object[]> query(String sql) {
		List<Object[]> rows = new ArrayList<>();
		for (Row row : spark.sql(sql).collectAsList()) {
			Object[] values = new Object[row.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = row.get(i);
			}
			rows.add(values);
		}
		return rows;
	}

	@Override
	public void load(String table, String columns, List<Object[]> rows) {
		StructType schema = new StructType();
		for (String column : columns.split(",")) {
			String[] parts = column.strip().split("\\s+");
			schema = schema.add(parts[0], type(parts[1]));
		}
		List<Row> data = rows.stream().map(RowFactory::create).toList();
		register(table, spark.createDataFrame(data, schema));
	}

	private static DataType type(String sql) {
		return switch (sql.toUpperCase(Locale.ROOT)) {
			case "STRING" -> DataTypes.StringType;
			case "INTEGER" -> DataTypes.IntegerType;
			case "DOUBLE" -> DataTypes.DoubleType;
			default -> throw new IllegalArgumentException("no Spark type for " + sql);
		};
	}

	@Override
	public List<String> columns(String table) {
		return Arrays.asList(spark.table(table).columns());
	}

	@Override
	public String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

	@Override
	public String orderedJoin(String value, String order, String separator) {
		return "array_join(transform(array_sort(collect_list(struct(" + order + ", " + value + "))), x -> x." + value + "), '" + separator.replace("'", "\\'")
				+ "')";
	}

	@Override
	public String percentile(String expression, double p) {
		return "percentile(" + expression + ", " + p + ")";
	}

	@Override
	public String secondsBetween(String from, String to) {
		return "CAST(unix_micros(" + to + ") - unix_micros(" + from + ") AS DOUBLE) / 1e6";
	}

	@Override
	public void close() {
		spark.stop();
	}
}
