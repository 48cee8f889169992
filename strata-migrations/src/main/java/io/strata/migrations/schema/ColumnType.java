package io.strata.migrations.schema;

import java.util.Objects;

/**
 * A dialect-neutral column type. Each dialect maps it to its best native type; for example
 * {@code BOOLEAN} is {@code boolean} on PostgreSQL and {@code tinyint(1)} on MariaDB.
 *
 * @param kind the family of the type
 * @param length the length for {@code VARCHAR} and {@code BINARY}, otherwise {@code null}
 * @param precision the precision for {@code DECIMAL}, otherwise {@code null}
 * @param scale the scale for {@code DECIMAL}, otherwise {@code null}
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale) {

    /** The families of neutral types. */
    public enum Kind {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, VARCHAR, TEXT, DECIMAL, FLOAT, DOUBLE,
        DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, UUID, BINARY, BLOB, JSON
    }

    /** Validates that length, precision and scale are given exactly where the kind needs them. */
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        boolean sized = kind == Kind.VARCHAR || kind == Kind.BINARY;
        if (sized && (length == null || length <= 0)) {
            throw new IllegalArgumentException(kind + " needs a positive length, got " + length);
        }
        if (!sized && length != null) {
            throw new IllegalArgumentException(kind + " takes no length, got " + length);
        }
        if (kind == Kind.DECIMAL) {
            if (precision == null || precision <= 0 || scale == null || scale < 0 || scale > precision) {
                throw new IllegalArgumentException("DECIMAL needs 0 < precision and 0 <= scale <= precision, got ("
                        + precision + ", " + scale + ")");
            }
        } else if (precision != null || scale != null) {
            throw new IllegalArgumentException(kind + " takes no precision or scale");
        }
    }

    /** {@code smallint}. */
    public static ColumnType smallint() { return of(Kind.SMALLINT); }
    /** {@code integer}. */
    public static ColumnType integer() { return of(Kind.INTEGER); }
    /** {@code bigint}. */
    public static ColumnType bigint() { return of(Kind.BIGINT); }
    /** {@code boolean}. */
    public static ColumnType bool() { return of(Kind.BOOLEAN); }
    /** {@code varchar(length)}. */
    public static ColumnType varchar(int length) { return new ColumnType(Kind.VARCHAR, length, null, null); }
    /** Unbounded text. */
    public static ColumnType text() { return of(Kind.TEXT); }
    /** {@code decimal(precision, scale)}. */
    public static ColumnType decimal(int precision, int scale) { return new ColumnType(Kind.DECIMAL, null, precision, scale); }
    /** Single-precision floating point. */
    public static ColumnType floatType() { return of(Kind.FLOAT); }
    /** Double-precision floating point. */
    public static ColumnType doubleType() { return of(Kind.DOUBLE); }
    /** A calendar date. */
    public static ColumnType date() { return of(Kind.DATE); }
    /** A time of day. */
    public static ColumnType time() { return of(Kind.TIME); }
    /** A timestamp without time zone. */
    public static ColumnType timestamp() { return of(Kind.TIMESTAMP); }
    /** A timestamp with time zone (an instant). */
    public static ColumnType timestampTz() { return of(Kind.TIMESTAMP_TZ); }
    /** A UUID. */
    public static ColumnType uuid() { return of(Kind.UUID); }
    /** Variable-length binary of at most {@code length} bytes. */
    public static ColumnType binary(int length) { return new ColumnType(Kind.BINARY, length, null, null); }
    /** Unbounded binary. */
    public static ColumnType blob() { return of(Kind.BLOB); }
    /** JSON document. */
    public static ColumnType json() { return of(Kind.JSON); }

    /** A type of a kind that takes no length, precision or scale. */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null);
    }

    /** The neutral spelling, e.g. {@code varchar(100)}, {@code decimal(10,2)}, {@code timestamp_tz}. */
    @Override
    public String toString() {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (length != null) {
            return name + "(" + length + ")";
        }
        if (precision != null) {
            return name + "(" + precision + "," + scale + ")";
        }
        return name;
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnType t
                && kind == t.kind
                && Objects.equals(length, t.length)
                && Objects.equals(precision, t.precision)
                && Objects.equals(scale, t.scale);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(kind, length, precision, scale);
    }
}
