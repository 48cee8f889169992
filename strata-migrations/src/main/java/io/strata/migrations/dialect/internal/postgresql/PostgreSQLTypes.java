package io.strata.migrations.dialect.internal.postgresql;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.ColumnType;

/** Maps PostgreSQL's {@code format_type()} spelling back to neutral types. */
final class PostgreSQLTypes {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    /** Fractional-seconds precision, e.g. {@code timestamp(3) without time zone}: not part of the neutral type. */
    private static final Pattern SECONDS_PRECISION = Pattern.compile("^(time|timestamp)\\(\\d+\\)");
    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("smallint", ColumnType.smallint()),
            Map.entry("integer", ColumnType.integer()),
            Map.entry("bigint", ColumnType.bigint()),
            Map.entry("boolean", ColumnType.bool()),
            Map.entry("text", ColumnType.text()),
            Map.entry("character varying", ColumnType.text()),
            Map.entry("real", ColumnType.floatType()),
            Map.entry("double precision", ColumnType.doubleType()),
            Map.entry("date", ColumnType.date()),
            Map.entry("time without time zone", ColumnType.time()),
            Map.entry("timestamp without time zone", ColumnType.timestamp()),
            Map.entry("timestamp with time zone", ColumnType.timestampTz()),
            Map.entry("uuid", ColumnType.uuid()),
            Map.entry("bytea", ColumnType.blob()),
            Map.entry("json", ColumnType.json()),
            Map.entry("jsonb", ColumnType.json()));

    private PostgreSQLTypes() {
    }

    /** The neutral type of a column whose {@code format_type(atttypid, atttypmod)} is {@code formatted}. */
    static ColumnType map(String table, String column, String formatted) {
        String type = SECONDS_PRECISION.matcher(formatted).replaceFirst("$1");
        ColumnType plain = PLAIN.get(type);
        if (plain != null) {
            return plain;
        }
        Matcher varchar = VARCHAR.matcher(type);
        if (varchar.matches()) {
            return ColumnType.varchar(Integer.parseInt(varchar.group(1)));
        }
        Matcher numeric = NUMERIC.matcher(type);
        if (numeric.matches()) {
            return ColumnType.decimal(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)));
        }
        throw new UnsupportedColumnTypeException(table, column, formatted);
    }
}
