package io.strata.migrations.dialect.internal.h2;

import static io.strata.migrations.safety.Effect.INSTANT;
import static io.strata.migrations.safety.Effect.REWRITE;
import static io.strata.migrations.safety.Effect.SCAN;
import static io.strata.migrations.safety.OperationSafety.taking;
import static io.strata.migrations.safety.OperationShape.*;

import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyRules;

/**
 * What each operation locks and touches on H2 2.x (MVStore). DDL commits and locks the database's
 * catalog; a change to a table's columns, indexes built or constraints checked also takes an exclusive
 * lock on the table, which waits for and keeps out writers (readers go on: MVStore reads committed
 * versions). Renames and drops of indexes and constraints change only the catalog.
 * {@code WriterLockSafetyTest} observes which ones wait for an uncommitted writer.
 */
final class H2Safety {

    private static final String COMMANDS = "https://h2database.com/html/commands.html";
    private static final String LOCK = "exclusive table lock";
    private static final String CATALOG = "catalog lock only";
    private static final String EXPAND_CONTRACT = "expand/contract: deploy code that no longer uses it first, then"
            + " change it in a later revision";

    /** The rules (one instance: the data is immutable). */
    static final SafetyRules RULES = SafetyRules.builder("H2")
            .rule(CREATE_TABLE, taking(LOCK + " (new table only)", false, false, INSTANT, null, COMMANDS + "#create_table"))
            .rule(DROP_TABLE, exclusive(INSTANT, EXPAND_CONTRACT, COMMANDS + "#drop_table"))
            .rule(RENAME_TABLE, catalogOnly(INSTANT, EXPAND_CONTRACT, COMMANDS + "#alter_table_rename"))
            // commands.html#alter_table_add: H2 adds a column by copying the table into the new structure.
            .rule(ADD_COLUMN_NULLABLE, exclusive(REWRITE, null, COMMANDS + "#alter_table_add"))
            .rule(ADD_COLUMN_CONSTANT_DEFAULT, exclusive(REWRITE, null, COMMANDS + "#alter_table_add"))
            .rule(ADD_COLUMN_NOT_NULL_NO_DEFAULT, exclusive(REWRITE, "add it nullable or with a default, backfill, then"
                    + " SET NOT NULL", COMMANDS + "#alter_table_add"))
            .rule(ADD_COLUMN_VOLATILE_DEFAULT, exclusive(REWRITE, null, COMMANDS + "#alter_table_add"))
            // commands.html#alter_table_drop_column: the table is copied without the column.
            .rule(DROP_COLUMN, exclusive(REWRITE, EXPAND_CONTRACT, COMMANDS + "#alter_table_drop_column"))
            .rule(RENAME_COLUMN, catalogOnly(INSTANT, EXPAND_CONTRACT, COMMANDS + "#alter_table_alter_column_rename"))
            // commands.html#alter_table_alter_column_data_type: the table is copied converting every value.
            .rule(WIDEN_VARCHAR, exclusive(REWRITE, null, COMMANDS + "#alter_table_alter_column_data_type"))
            .rule(CHANGE_TYPE, exclusive(REWRITE, "expand/contract: add a column of the new type, backfill, switch"
                    + " readers, drop the old one", COMMANDS + "#alter_table_alter_column_data_type"))
            // commands.html#alter_table_alter_column_not_null: existing rows are checked for NULL.
            .rule(SET_NOT_NULL, exclusive(SCAN, null, COMMANDS + "#alter_table_alter_column_not_null"))
            .rule(DROP_NOT_NULL, exclusive(INSTANT, null, COMMANDS + "#alter_table_alter_column_null"))
            .rule(SET_DEFAULT, exclusive(INSTANT, null, COMMANDS + "#alter_table_alter_column_default"))
            .rule(DROP_DEFAULT, exclusive(INSTANT, null, COMMANDS + "#alter_table_alter_column_default"))
            // commands.html#create_index: built from every row; H2 has no concurrent build.
            .rule(CREATE_INDEX, exclusive(SCAN, null, COMMANDS + "#create_index"))
            .rule(CREATE_INDEX_CONCURRENTLY, exclusive(SCAN, null, COMMANDS + "#create_index"))
            .rule(DROP_INDEX, catalogOnly(INSTANT, null, COMMANDS + "#drop_index"))
            .rule(DROP_INDEX_CONCURRENTLY, catalogOnly(INSTANT, null, COMMANDS + "#drop_index"))
            .rule(RENAME_INDEX, catalogOnly(INSTANT, null, COMMANDS + "#alter_index_rename"))
            // commands.html#alter_table_add_constraint: existing rows are checked (a unique index is built).
            .rule(ADD_PRIMARY_KEY, exclusive(SCAN, null, COMMANDS + "#alter_table_add_constraint"))
            .rule(ADD_UNIQUE_CONSTRAINT, exclusive(SCAN, null, COMMANDS + "#alter_table_add_constraint"))
            .rule(ADD_FOREIGN_KEY, exclusive(SCAN, "ADD CONSTRAINT … NOCHECK skips existing rows (raw SQL)",
                    COMMANDS + "#alter_table_add_constraint"))
            .rule(ADD_CHECK_CONSTRAINT, exclusive(SCAN, "ADD CONSTRAINT … NOCHECK skips existing rows (raw SQL)",
                    COMMANDS + "#alter_table_add_constraint"))
            .rule(DROP_CONSTRAINT, catalogOnly(INSTANT, null, COMMANDS + "#alter_table_drop_constraint"))
            .rule(DROP_UNIQUE_CONSTRAINT, catalogOnly(INSTANT, null, COMMANDS + "#alter_table_drop_constraint"))
            .rule(DROP_PRIMARY_KEY, catalogOnly(INSTANT, null, COMMANDS + "#alter_table_drop_constraint"))
            .rule(RENAME_CONSTRAINT, catalogOnly(INSTANT, null, COMMANDS + "#alter_table_rename_constraint"))
            .rule(INSERT_ROWS, taking("row locks", false, false, INSTANT, null, COMMANDS + "#insert"))
            .rule(BACKFILL, taking("row locks per batch", false, false, REWRITE, null, COMMANDS + "#update"))
            .rule(RAW_SQL, OperationSafety.unknown(COMMANDS))
            .build();

    private H2Safety() {
    }

    private static OperationSafety catalogOnly(Effect effect, String safer, String reference) {
        return taking(CATALOG, false, false, effect, safer, reference);
    }

    private static OperationSafety exclusive(Effect effect, String safer, String reference) {
        return taking(LOCK, false, true, effect, safer, reference);
    }
}
