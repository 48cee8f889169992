package io.strata.core.internal.schema;

import java.util.UUID;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.SqlTypes;

import io.strata.core.ModelException;
import io.strata.migrations.schema.ColumnType;

/**
 * Maps the JDBC type Hibernate chose for a column to a neutral {@link ColumnType} that is the same
 * whichever database Hibernate was booted for. Hibernate's choice depends on the dialect (a
 * {@code STRING} enum is a native {@code ENUM} on MariaDB and H2, a {@code UUID} and every
 * {@code byte[]} are {@code BLOB} on SQLite, a {@code String} longer than the dialect's
 * {@code VARCHAR} is {@code LONG32VARCHAR} on H2 but {@code VARCHAR(2147483647)} elsewhere), so
 * those attributes are mapped from their Java type and declared length instead.
 *
 * <p>A string declared longer than {@value #MAX_VARCHAR} characters is {@code text} and bytes
 * declared longer than {@value #MAX_BINARY} are {@code blob}, on every database: those are the
 * smallest bounded types of the four (MariaDB's {@code VARCHAR} in {@code utf8mb4} and its
 * {@code VARBINARY} row budget), so a neutral {@code varchar}/{@code binary} can be created everywhere.
 */
final class TypeMapping {

    /** The length JPA gives a string column whose {@code @Column} says none. */
    static final int DEFAULT_LENGTH = 255;

    /** The longest string that is a {@code varchar}: MariaDB's limit in {@code utf8mb4} (65535 bytes / 4). */
    static final int MAX_VARCHAR = 16_383;

    /** The longest byte array that is a {@code binary}: {@code Length.LONG16}, below MariaDB's 65535-byte row. */
    static final int MAX_BINARY = 32_767;

    private static final int REAL_PRECISION = 24;

    private TypeMapping() {
    }

    static ColumnType neutral(Column column, Dialect dialect, Metadata metadata) {
        int code = column.getSqlTypeCode(metadata);
        Class<?> javaType = javaType(column);
        if (javaType == UUID.class && isBinaryOrUuid(code)) {
            return ColumnType.uuid();
        }
        if (javaType != null && javaType.isEnum() && isString(code)) {
            return ColumnType.varchar(declaredLength(column));
        }
        if ((javaType == byte[].class || javaType == Byte[].class) && isBinaryOrUuid(code)) {
            int length = declaredLength(column);
            return isLob(column) || length > MAX_BINARY ? ColumnType.blob() : ColumnType.binary(length);
        }
        if (javaType == String.class && isString(code)) {
            int length = declaredLength(column);
            return length > MAX_VARCHAR ? ColumnType.text() : ColumnType.varchar(length);
        }
        Size size = column.getColumnSize(dialect, metadata);
        return switch (code) {
            case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.bool();
            case SqlTypes.TINYINT, SqlTypes.SMALLINT -> ColumnType.smallint();
            case SqlTypes.INTEGER -> ColumnType.integer();
            case SqlTypes.BIGINT -> ColumnType.bigint();
            case SqlTypes.REAL -> ColumnType.floatType();
            case SqlTypes.FLOAT -> size.getPrecision() == null || size.getPrecision() <= REAL_PRECISION
                    ? ColumnType.floatType() : ColumnType.doubleType();
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

    /** The Java type the column stores (the attribute's, or the referenced key's for a foreign key). */
    private static Class<?> javaType(Column column) {
        try {
            JdbcMapping mapping = column.getType();
            return mapping == null ? null : mapping.getJavaTypeDescriptor().getJavaTypeClass();
        } catch (RuntimeException e) {
            // Columns of composite or unresolved values have no single mapping: the JDBC type decides.
            return null;
        }
    }

    private static int declaredLength(Column column) {
        Long length = column.getLength();
        return length == null ? DEFAULT_LENGTH : Math.toIntExact(length);
    }

    private static boolean isLob(Column column) {
        return column.getValue() instanceof SimpleValue value && value.isLob();
    }

    /** Whether the JDBC type stores text (a {@code STRING} enum's, among others). */
    static boolean isString(int code) {
        return switch (code) {
            case SqlTypes.CHAR, SqlTypes.NCHAR, SqlTypes.VARCHAR, SqlTypes.NVARCHAR, SqlTypes.ENUM, SqlTypes.NAMED_ENUM -> true;
            default -> false;
        };
    }

    private static boolean isBinaryOrUuid(int code) {
        return switch (code) {
            case SqlTypes.UUID, SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY,
                    SqlTypes.BLOB, SqlTypes.MATERIALIZED_BLOB -> true;
            default -> false;
        };
    }
}
