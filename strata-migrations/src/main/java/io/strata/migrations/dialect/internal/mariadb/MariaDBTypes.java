package io.strata.migrations.dialect.internal.mariadb;

import java.util.Locale;
import java.util.Map;

import io.strata.migrations.inspect.internal.Row;
import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.ColumnType;

/**
 * Maps MariaDB/MySQL column types back to neutral types. {@code tinyint(1)} is boolean;
 * {@code datetime} and {@code timestamp} are both {@code TIMESTAMP} (MariaDB has no type that keeps
 * a time zone); a JSON column is {@code longtext} here and is recognized by its {@code json_valid}
 * check elsewhere.
 */
final class MariaDBTypes {

    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("smallint", ColumnType.smallint()),
            Map.entry("int", ColumnType.integer()),
            Map.entry("integer", ColumnType.integer()),
            Map.entry("bigint", ColumnType.bigint()),
            Map.entry("tinytext", ColumnType.text()),
            Map.entry("text", ColumnType.text()),
            Map.entry("mediumtext", ColumnType.text()),
            Map.entry("longtext", ColumnType.text()),
            Map.entry("json", ColumnType.json()),
            Map.entry("float", ColumnType.floatType()),
            Map.entry("double", ColumnType.doubleType()),
            Map.entry("date", ColumnType.date()),
            Map.entry("time", ColumnType.time()),
            Map.entry("datetime", ColumnType.timestamp()),
            Map.entry("timestamp", ColumnType.timestamp()),
            Map.entry("uuid", ColumnType.uuid()),
            Map.entry("tinyblob", ColumnType.blob()),
            Map.entry("blob", ColumnType.blob()),
            Map.entry("mediumblob", ColumnType.blob()),
            Map.entry("longblob", ColumnType.blob()));

    private MariaDBTypes() {
    }

    /** The neutral type of an {@code information_schema.columns} row. */
    static ColumnType map(String table, String column, Row row) {
        String dataType = row.string("data_type").toLowerCase(Locale.ROOT);
        String columnType = row.string("column_type").toLowerCase(Locale.ROOT);
        if (columnType.contains("unsigned") || columnType.contains("zerofill")) {
            throw new UnsupportedColumnTypeException(table, column, columnType);
        }
        ColumnType plain = PLAIN.get(dataType);
        if (plain != null) {
            return plain;
        }
        return switch (dataType) {
            case "tinyint" -> {
                if (!columnType.equals("tinyint(1)")) {
                    throw new UnsupportedColumnTypeException(table, column, columnType);
                }
                yield ColumnType.bool();
            }
            case "varchar" -> ColumnType.varchar(row.integer("character_maximum_length"));
            case "varbinary" -> ColumnType.binary(row.integer("character_maximum_length"));
            case "decimal" -> ColumnType.decimal(row.integer("numeric_precision"), row.integer("numeric_scale"));
            default -> throw new UnsupportedColumnTypeException(table, column, columnType);
        };
    }
}
