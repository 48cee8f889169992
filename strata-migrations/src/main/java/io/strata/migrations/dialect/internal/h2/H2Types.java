package io.strata.migrations.dialect.internal.h2;

import java.util.Map;

import io.strata.migrations.inspect.internal.Row;
import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.ColumnType;

/** Maps H2 2.x {@code INFORMATION_SCHEMA.COLUMNS.DATA_TYPE} values back to neutral types. */
final class H2Types {

    /** The length H2 gives {@code VARCHAR} and {@code VARBINARY} declared without one. */
    private static final int UNBOUNDED = 1_000_000_000;
    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("SMALLINT", ColumnType.smallint()),
            Map.entry("INTEGER", ColumnType.integer()),
            Map.entry("BIGINT", ColumnType.bigint()),
            Map.entry("BOOLEAN", ColumnType.bool()),
            Map.entry("CHARACTER LARGE OBJECT", ColumnType.text()),
            Map.entry("REAL", ColumnType.floatType()),
            Map.entry("DOUBLE PRECISION", ColumnType.doubleType()),
            Map.entry("DATE", ColumnType.date()),
            Map.entry("TIME", ColumnType.time()),
            Map.entry("TIMESTAMP", ColumnType.timestamp()),
            Map.entry("TIMESTAMP WITH TIME ZONE", ColumnType.timestampTz()),
            Map.entry("UUID", ColumnType.uuid()),
            Map.entry("JSON", ColumnType.json()),
            Map.entry("BINARY LARGE OBJECT", ColumnType.blob()));

    private H2Types() {
    }

    /** The neutral type of an {@code INFORMATION_SCHEMA.COLUMNS} row. */
    static ColumnType map(String table, String column, Row row) {
        String dataType = row.string("data_type");
        ColumnType plain = PLAIN.get(dataType);
        if (plain != null) {
            return plain;
        }
        Integer length = row.integer("character_maximum_length");
        return switch (dataType) {
            case "CHARACTER VARYING" -> length >= UNBOUNDED ? ColumnType.text() : ColumnType.varchar(length);
            case "BINARY VARYING" -> length >= UNBOUNDED ? ColumnType.blob() : ColumnType.binary(length);
            case "NUMERIC" -> ColumnType.decimal(row.integer("numeric_precision"), row.integer("numeric_scale"));
            default -> throw new UnsupportedColumnTypeException(table, column, dataType);
        };
    }
}
