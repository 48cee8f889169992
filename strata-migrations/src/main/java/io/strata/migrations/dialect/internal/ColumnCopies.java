package io.strata.migrations.dialect.internal;

import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.schema.ColumnType;

/**
 * How one database converts a column's value to another type and keeps one column a copy of another
 * with triggers, for the expand half of an expand/contract change (dual write done by the database).
 */
public interface ColumnCopies {

    /** An SQL expression converting {@code expression} to {@code type}. */
    String convert(String expression, ColumnType type);

    /** Whether this database keeps copies with SQL triggers; without, the application writes both columns. */
    boolean hasTriggers();

    /** The statements creating the triggers that keep {@code copy} (none without {@link #hasTriggers()}). */
    List<String> createTriggers(ColumnCopy copy);

    /** The statements dropping them (none without {@link #hasTriggers()}). */
    List<String> dropTriggers(ColumnCopy copy);

    /** {@code CAST(expression AS <type>)}, the conversion most databases write. */
    static String cast(Dialect dialect, String expression, ColumnType type) {
        return "CAST(" + expression + " AS " + dialect.typeSql(type) + ")";
    }

    /** A database without SQL triggers that converts with {@code CAST(… AS <type>)}. */
    static ColumnCopies withoutTriggers(Dialect dialect) {
        return new ColumnCopies() {
            @Override
            public String convert(String expression, ColumnType type) {
                return cast(dialect, expression, type);
            }

            @Override
            public boolean hasTriggers() {
                return false;
            }

            @Override
            public List<String> createTriggers(ColumnCopy copy) {
                return List.of();
            }

            @Override
            public List<String> dropTriggers(ColumnCopy copy) {
                return List.of();
            }
        };
    }
}
