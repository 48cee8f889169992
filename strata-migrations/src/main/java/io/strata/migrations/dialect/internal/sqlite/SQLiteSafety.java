package io.strata.migrations.dialect.internal.sqlite;

import static io.strata.migrations.safety.Effect.INSTANT;
import static io.strata.migrations.safety.Effect.REWRITE;
import static io.strata.migrations.safety.Effect.SCAN;
import static io.strata.migrations.safety.OperationSafety.taking;
import static io.strata.migrations.safety.OperationShape.*;

import java.util.Map;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.OperationShape;
import io.strata.migrations.safety.SafetyAdvisor;
import io.strata.migrations.safety.SafetyRules;
import io.strata.migrations.schema.Schema;

/**
 * What each operation locks and touches on SQLite. Every change takes the database's write lock (one
 * writer for the whole file) until its transaction commits; readers go on until the commit. Operations
 * {@code ALTER TABLE} cannot do are a table rebuild: a copy of the table under that lock.
 */
final class SQLiteSafety implements SafetyAdvisor {

    private static final String ALTER = "https://www.sqlite.org/lang_altertable.html";
    private static final String LOCKING = "https://www.sqlite.org/lockingv3.html";
    private static final String WRITE_LOCK = "database write lock";
    private static final String EXPAND_CONTRACT = "expand/contract: deploy code that no longer uses it first, then"
            + " change it in a later revision";

    /** lang_altertable.html, "Making Other Kinds Of Table Schema Changes": create a new table, copy, drop, rename. */
    private static final OperationSafety REBUILD = taking(WRITE_LOCK + " (table rebuilt)", false, true, REWRITE, null,
            ALTER + "#otheralter");

    /** The rules (one instance: the data is immutable). */
    static final SafetyRules RULES = SafetyRules.builder("SQLite")
            // lockingv3.html: any change takes the RESERVED lock (one writer) and EXCLUSIVE to commit.
            .rule(CREATE_TABLE, writeLock(INSTANT, null, LOCKING))
            // lang_droptable.html: "performs an implicit DELETE FROM command before removing the table".
            .rule(DROP_TABLE, writeLock(SCAN, EXPAND_CONTRACT, "https://www.sqlite.org/lang_droptable.html"))
            // lang_altertable.html, RENAME TABLE / ADD COLUMN: change the schema text only, "independent of the amount
            // of data in the table".
            .rule(RENAME_TABLE, writeLock(INSTANT, EXPAND_CONTRACT, ALTER + "#altertabrename"))
            .rule(ADD_COLUMN_NULLABLE, writeLock(INSTANT, null, ALTER + "#altertabaddcol"))
            // A literal default is instant; CURRENT_* or an expression is not allowed by ADD COLUMN: rebuilt.
            .rule(ADD_COLUMN_CONSTANT_DEFAULT, writeLock(INSTANT, null, ALTER + "#altertabaddcol"))
            // lang_altertable.html: ADD COLUMN "may not have … NOT NULL … with a default value of NULL": rebuilt.
            .rule(ADD_COLUMN_NOT_NULL_NO_DEFAULT, REBUILD)
            .rule(ADD_COLUMN_VOLATILE_DEFAULT, REBUILD)
            // lang_altertable.html, DROP COLUMN: "rewrites the entire table" (a rebuild when something uses the column).
            .rule(DROP_COLUMN, writeLock(REWRITE, EXPAND_CONTRACT, ALTER + "#altertabdropcol"))
            // lang_altertable.html, RENAME COLUMN: schema text only.
            .rule(RENAME_COLUMN, writeLock(INSTANT, EXPAND_CONTRACT, ALTER + "#altertabmvcol"))
            .rule(WIDEN_VARCHAR, REBUILD)
            .rule(CHANGE_TYPE, REBUILD)
            .rule(SET_NOT_NULL, REBUILD)
            .rule(DROP_NOT_NULL, REBUILD)
            .rule(SET_DEFAULT, REBUILD)
            .rule(DROP_DEFAULT, REBUILD)
            // lang_createindex.html: builds the index from every row; SQLite has no concurrent build.
            .rule(CREATE_INDEX, writeLock(SCAN, null, "https://www.sqlite.org/lang_createindex.html"))
            .rule(CREATE_INDEX_CONCURRENTLY, writeLock(SCAN, null, "https://www.sqlite.org/lang_createindex.html"))
            .rule(DROP_INDEX, writeLock(INSTANT, null, "https://www.sqlite.org/lang_dropindex.html"))
            .rule(DROP_INDEX_CONCURRENTLY, writeLock(INSTANT, null, "https://www.sqlite.org/lang_dropindex.html"))
            // SQLite cannot rename an index: Strata drops it and builds it again.
            .rule(RENAME_INDEX, writeLock(SCAN, null, "https://www.sqlite.org/lang_createindex.html"))
            // lang_altertable.html: constraints live in the table's DDL, changed only by a rebuild.
            .rule(ADD_PRIMARY_KEY, REBUILD)
            .rule(ADD_UNIQUE_CONSTRAINT, REBUILD)
            .rule(ADD_FOREIGN_KEY, REBUILD)
            .rule(ADD_CHECK_CONSTRAINT, REBUILD)
            .rule(DROP_CONSTRAINT, REBUILD)
            .rule(DROP_UNIQUE_CONSTRAINT, REBUILD)
            .rule(DROP_PRIMARY_KEY, REBUILD)
            .rule(RENAME_CONSTRAINT, REBUILD)
            .rule(INSERT_ROWS, writeLock(INSTANT, null, LOCKING))
            // lockingv3.html: a writer holds the database write lock until it commits; a backfill commits each
            // batch, so other writers wait for one batch at most.
            .rule(BACKFILL, taking(WRITE_LOCK + " per batch", false, false, REWRITE, null, LOCKING))
            .rule(RAW_SQL, OperationSafety.unknown(LOCKING))
            .build();

    private final SQLiteDialect dialect;

    SQLiteSafety(SQLiteDialect dialect) {
        this.dialect = dialect;
    }

    /** The shape's rule, or the rebuild wherever the dialect rebuilds the table for this operation. */
    @Override
    public OperationSafety assess(Operation operation, Schema before) {
        OperationSafety rule = RULES.assess(operation, before);
        return dialect.rebuilds(operation.completedFrom(before), before) ? REBUILD.on(rule.table()) : rule;
    }

    @Override
    public Map<OperationShape, OperationSafety> rules() {
        return RULES.rules();
    }

    private static OperationSafety writeLock(Effect effect, String safer, String reference) {
        return taking(WRITE_LOCK, false, true, effect, safer, reference);
    }
}
