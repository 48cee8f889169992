package io.strata.migrations.writer.internal;

import io.strata.migrations.schema.ColumnType;

/** A neutral type as a call of its {@link ColumnType} factory, e.g. {@code varchar(100)}, statically imported. */
final class TypeSource {

    private TypeSource() {
    }

    static String of(ColumnType type, Imports imports) {
        String factory = switch (type.kind()) {
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case BOOLEAN -> "bool";
            case VARCHAR -> "varchar";
            case TEXT -> "text";
            case DECIMAL -> "decimal";
            case FLOAT -> "floatType";
            case DOUBLE -> "doubleType";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestampTz";
            case UUID -> "uuid";
            case BINARY -> "binary";
            case BLOB -> "blob";
            case JSON -> "json";
        };
        imports.addStatic(ColumnType.class.getName() + "." + factory);
        if (type.length() != null) {
            return factory + "(" + type.length() + ")";
        }
        if (type.precision() != null) {
            return factory + "(" + type.precision() + ", " + type.scale() + ")";
        }
        return factory + "()";
    }
}
