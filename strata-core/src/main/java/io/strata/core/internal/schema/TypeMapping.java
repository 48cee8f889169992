package io.strata.core.internal.schema;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

import io.strata.core.ModelException;
import io.strata.migrations.schema.ColumnType;

/** Maps the JDBC type Hibernate chose for a column to a neutral {@link ColumnType}. */
final class TypeMapping {

    private TypeMapping() {
    }

    static ColumnType neutral(Column column, Dialect dialect, Metadata metadata) {
        int code = column.getSqlTypeCode(metadata);
        Size size = column.getColumnSize(dialect, metadata);
        return switch (code) {
            case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.bool();
            case SqlTypes.TINYINT, SqlTypes.SMALLINT -> ColumnType.smallint();
            case SqlTypes.INTEGER -> ColumnType.integer();
            case SqlTypes.BIGINT -> ColumnType.bigint();
            case SqlTypes.REAL, SqlTypes.FLOAT -> ColumnType.floatType();
            case SqlTypes.DOUBLE -> ColumnType.doubleType();
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> ColumnType.decimal(
                    size.getPrecision() == null ? 38 : size.getPrecision(), size.getScale() == null ? 2 : size.getScale());
            case SqlTypes.CHAR, SqlTypes.NCHAR, SqlTypes.VARCHAR, SqlTypes.NVARCHAR, SqlTypes.ENUM, SqlTypes.NAMED_ENUM ->
                    size.getLength() == null ? ColumnType.text() : ColumnType.varchar(Math.toIntExact(size.getLength()));
            case SqlTypes.LONGVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR,
                    SqlTypes.CLOB, SqlTypes.NCLOB, SqlTypes.MATERIALIZED_CLOB, SqlTypes.MATERIALIZED_NCLOB -> ColumnType.text();
            case SqlTypes.DATE -> ColumnType.date();
            case SqlTypes.TIME, SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIME_UTC -> ColumnType.time();
            case SqlTypes.TIMESTAMP -> ColumnType.timestamp();
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC -> ColumnType.timestampTz();
            case SqlTypes.UUID -> ColumnType.uuid();
            case SqlTypes.BINARY, SqlTypes.VARBINARY -> size.getLength() == null ? ColumnType.blob()
                    : ColumnType.binary(Math.toIntExact(size.getLength()));
            case SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY, SqlTypes.BLOB, SqlTypes.MATERIALIZED_BLOB -> ColumnType.blob();
            case SqlTypes.JSON -> ColumnType.json();
            default -> throw new ModelException("Column " + column.getName() + " has the JDBC type " + code
                    + " (" + column.getSqlType(metadata) + "), which Strata's neutral schema cannot express yet."
                    + " Map the attribute to a common type (number, string, date/time, boolean, UUID, bytes, JSON).");
        };
    }
}
