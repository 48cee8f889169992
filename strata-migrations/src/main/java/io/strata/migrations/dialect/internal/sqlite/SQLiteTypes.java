package io.strata.migrations.dialect.internal.sqlite;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.ColumnType;

/**
 * Maps SQLite declared types back to neutral types by name: the neutral spellings
 * ({@code VARCHAR(100)}, {@code DECIMAL(10,2)}, {@code TIMESTAMP_TZ}, …) and common synonyms. Other
 * names follow SQLite's own type-affinity rules where those give one neutral type.
 */
final class SQLiteTypes {

    private static final Pattern SIZED = Pattern.compile("([A-Z_ ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("SMALLINT", ColumnType.smallint()),
            Map.entry("INTEGER", ColumnType.integer()),
            Map.entry("INT", ColumnType.integer()),
            Map.entry("BIGINT", ColumnType.bigint()),
            Map.entry("BOOLEAN", ColumnType.bool()),
            Map.entry("BOOL", ColumnType.bool()),
            Map.entry("TEXT", ColumnType.text()),
            Map.entry("CLOB", ColumnType.text()),
            Map.entry("VARCHAR", ColumnType.text()),
            Map.entry("FLOAT", ColumnType.floatType()),
            Map.entry("REAL", ColumnType.floatType()),
            Map.entry("DOUBLE", ColumnType.doubleType()),
            Map.entry("DOUBLE PRECISION", ColumnType.doubleType()),
            Map.entry("DATE", ColumnType.date()),
            Map.entry("TIME", ColumnType.time()),
            Map.entry("TIMESTAMP", ColumnType.timestamp()),
            Map.entry("DATETIME", ColumnType.timestamp()),
            Map.entry("TIMESTAMP_TZ", ColumnType.timestampTz()),
            Map.entry("TIMESTAMPTZ", ColumnType.timestampTz()),
            Map.entry("TIMESTAMP WITH TIME ZONE", ColumnType.timestampTz()),
            Map.entry("UUID", ColumnType.uuid()),
            Map.entry("BLOB", ColumnType.blob()),
            Map.entry("JSON", ColumnType.json()),
            Map.entry("JSONB", ColumnType.json()));

    private SQLiteTypes() {
    }

    /** The neutral type of a column declared with type {@code declared}. */
    static ColumnType map(String table, String column, String declared) {
        String type = declared.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        ColumnType plain = PLAIN.get(type);
        if (plain != null) {
            return plain;
        }
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int first = Integer.parseInt(sized.group(2));
            Integer second = sized.group(3) == null ? null : Integer.valueOf(sized.group(3));
            switch (sized.group(1).strip()) {
                case "VARCHAR", "CHARACTER VARYING", "NVARCHAR" -> {
                    return ColumnType.varchar(first);
                }
                case "BINARY", "VARBINARY" -> {
                    return ColumnType.binary(first);
                }
                case "DECIMAL", "NUMERIC" -> {
                    return ColumnType.decimal(first, second == null ? 0 : second);
                }
                default -> {
                    // e.g. TIMESTAMP(6): a precision the neutral type does not keep
                    ColumnType withoutSize = PLAIN.get(sized.group(1).strip());
                    if (withoutSize != null && second == null) {
                        return withoutSize;
                    }
                }
            }
        }
        return byAffinity(table, column, declared, type);
    }

    /** SQLite's rules (section 3.1 of its datatype docs), where the affinity names one neutral type. */
    private static ColumnType byAffinity(String table, String column, String declared, String type) {
        if (type.contains("INT")) {
            return ColumnType.integer();
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return ColumnType.text();
        }
        if (type.isEmpty() || type.contains("BLOB")) {
            return ColumnType.blob();
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return ColumnType.doubleType();
        }
        throw new UnsupportedColumnTypeException(table, column, declared.isBlank() ? "(none)" : declared);
    }
}
