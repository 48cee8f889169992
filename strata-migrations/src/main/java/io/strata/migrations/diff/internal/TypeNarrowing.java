package io.strata.migrations.diff.internal;

import java.util.Map;

import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ColumnType.Kind;

/**
 * Whether changing a column from one type to another can lose or reject stored values: a shorter
 * varchar or binary, a smaller integer, fewer decimal digits on either side of the point, double to
 * float, text to varchar, a zone-aware timestamp to a plain one, and any change between unrelated
 * families.
 */
public final class TypeNarrowing {

    /** Decimal digits an integer kind can hold in full. */
    private static final Map<Kind, Integer> DIGITS = Map.of(Kind.SMALLINT, 5, Kind.INTEGER, 10, Kind.BIGINT, 19);
    /** Characters the longest value of a kind takes as text. */
    private static final Map<Kind, Integer> TEXT_WIDTH = Map.of(Kind.SMALLINT, 6, Kind.INTEGER, 11, Kind.BIGINT, 20,
            Kind.BOOLEAN, 5, Kind.UUID, 36, Kind.DATE, 10);

    private TypeNarrowing() {
    }

    /** Whether values of {@code from} may not survive a change to {@code to}. */
    public static boolean isNarrowing(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        Kind a = from.kind();
        Kind b = to.kind();
        if (a == b) {
            return switch (a) {
                case VARCHAR, BINARY -> to.length() < from.length();
                case DECIMAL -> to.scale() < from.scale() || to.precision() - to.scale() < from.precision() - from.scale();
                default -> false;
            };
        }
        if (DIGITS.containsKey(a) && DIGITS.containsKey(b)) {
            return DIGITS.get(b) < DIGITS.get(a);
        }
        return switch (b) {
            case TEXT -> a == Kind.BINARY || a == Kind.BLOB;
            case VARCHAR -> !TEXT_WIDTH.containsKey(a) || to.length() < TEXT_WIDTH.get(a);
            case DECIMAL -> !DIGITS.containsKey(a) || to.precision() - to.scale() < DIGITS.get(a);
            case DOUBLE -> !(a == Kind.FLOAT || a == Kind.SMALLINT || a == Kind.INTEGER || a == Kind.BOOLEAN);
            case FLOAT -> !(a == Kind.SMALLINT || a == Kind.BOOLEAN);
            case SMALLINT, INTEGER, BIGINT -> a != Kind.BOOLEAN;
            case TIMESTAMP, TIMESTAMP_TZ -> a != Kind.DATE && a != Kind.TIMESTAMP;
            case BLOB -> a != Kind.BINARY;
            default -> true;
        };
    }
}
