package io.strata.migrations.diff.internal;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Table;

/**
 * A column present in both versions of a table, and which of its facts differ.
 *
 * @param before the column in the source
 * @param after the column in the target
 * @param type whether the type differs (kind, length, precision or scale)
 * @param nullable whether it accepts {@code NULL} in one and not the other (primary key columns never do)
 * @param serverDefault whether the server default differs by meaning
 * @param autoIncrement whether the database generates values in one and not the other
 * @param nullableAfter whether it accepts {@code NULL} in the target
 */
record ColumnChange(Column before, Column after, boolean type, boolean nullable, boolean serverDefault,
        boolean autoIncrement, boolean nullableAfter) {

    /** The change of a column between two tables, or {@code null} when nothing differs. */
    static ColumnChange of(Column before, Table beforeTable, Column after, Table afterTable) {
        boolean nullBefore = Equivalence.effectiveNullable(before, beforeTable);
        boolean nullAfter = Equivalence.effectiveNullable(after, afterTable);
        ColumnChange change = new ColumnChange(before, after, !before.type().equals(after.type()), nullBefore != nullAfter,
                !Equivalence.sameDefault(after.type(), before.serverDefault(), after.serverDefault()),
                before.autoIncrement() != after.autoIncrement(), nullAfter);
        return change.type || change.nullable || change.serverDefault || change.autoIncrement ? change : null;
    }

    /** Whether an {@code alterColumn} can make the change (all but auto-increment can). */
    boolean alters() {
        return type || nullable || serverDefault;
    }
}
