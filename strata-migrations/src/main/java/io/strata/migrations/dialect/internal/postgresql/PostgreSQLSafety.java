package io.strata.migrations.dialect.internal.postgresql;

import static io.strata.migrations.safety.Effect.INSTANT;
import static io.strata.migrations.safety.Effect.REWRITE;
import static io.strata.migrations.safety.Effect.SCAN;
import static io.strata.migrations.safety.OperationSafety.taking;
import static io.strata.migrations.safety.OperationShape.*;

import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyRules;

/**
 * What each operation locks and touches on PostgreSQL 15, from its documentation. The lock is the one
 * taken on the operation's table, in the names of explicit-locking.html; {@code PostgreSQLSafetyTest}
 * observes each in {@code pg_locks} and a rewrite as a new {@code relfilenode}.
 */
final class PostgreSQLSafety {

    private static final String DOCS = "https://www.postgresql.org/docs/15/";
    private static final String ALTER_TABLE = DOCS + "sql-altertable.html";
    private static final String LOCKING = DOCS + "explicit-locking.html";
    private static final String CREATE_INDEX_DOC = DOCS + "sql-createindex.html";
    private static final String DROP_INDEX_DOC = DOCS + "sql-dropindex.html";

    private static final String NOT_VALID = "ADD CONSTRAINT … NOT VALID (instant), then VALIDATE CONSTRAINT in a later"
            + " transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on)";
    private static final String EXPAND_CONTRACT = "expand/contract: deploy code that no longer uses it first, then"
            + " change it in a later revision";

    /** The rules (one instance: the data is immutable). */
    static final SafetyRules RULES = SafetyRules.builder("PostgreSQL")
            // sql-createtable.html: a new table is locked only by its creator; no existing table is touched.
            .rule(CREATE_TABLE, taking("ACCESS EXCLUSIVE (new table only)", false, false, INSTANT, null, DOCS + "sql-createtable.html"))
            // explicit-locking.html: "Acquired by the DROP TABLE, TRUNCATE, REINDEX, CLUSTER, VACUUM FULL, and
            // REFRESH MATERIALIZED VIEW … commands. Many forms of ALTER INDEX and ALTER TABLE also acquire a lock at this level."
            .rule(DROP_TABLE, accessExclusive(INSTANT, EXPAND_CONTRACT, LOCKING))
            // sql-altertable.html: "An ACCESS EXCLUSIVE lock is acquired unless explicitly noted."
            .rule(RENAME_TABLE, accessExclusive(INSTANT, EXPAND_CONTRACT, ALTER_TABLE))
            // sql-altertable.html, Notes: adding a column without a volatile default needs no rewrite;
            // "the default is evaluated at the time of the statement and the result stored in the table's metadata".
            .rule(ADD_COLUMN_NULLABLE, accessExclusive(INSTANT, null, ALTER_TABLE))
            .rule(ADD_COLUMN_CONSTANT_DEFAULT, accessExclusive(INSTANT, null, ALTER_TABLE))
            // sql-altertable.html, Notes: a NOT NULL column without default is checked against every existing
            // row (it fails on a table with rows).
            .rule(ADD_COLUMN_NOT_NULL_NO_DEFAULT, accessExclusive(SCAN, "add it nullable or with a constant default,"
                    + " backfill, then add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, and SET NOT NULL", ALTER_TABLE))
            // sql-altertable.html, Notes: "Adding a column with a volatile DEFAULT … will require the entire table
            // and its indexes to be rewritten."
            .rule(ADD_COLUMN_VOLATILE_DEFAULT, accessExclusive(REWRITE, "add the column without default, set the"
                    + " default for new rows, then backfill existing rows in batches", ALTER_TABLE))
            // sql-altertable.html, DROP COLUMN: "does not physically remove the column, but simply makes it invisible".
            .rule(DROP_COLUMN, accessExclusive(INSTANT, EXPAND_CONTRACT, ALTER_TABLE))
            .rule(RENAME_COLUMN, accessExclusive(INSTANT, "expand/contract: add the new column, write both, backfill,"
                    + " switch readers, drop the old one", ALTER_TABLE))
            // sql-altertable.html, Notes: "when … the new type is binary coercible to the old type … no rewrite"
            // (increasing a varchar's length limit is the documented example).
            .rule(WIDEN_VARCHAR, accessExclusive(INSTANT, null, ALTER_TABLE))
            // sql-altertable.html, Notes: "changing the type of an existing column will require the entire table and
            // its indexes to be rewritten".
            .rule(CHANGE_TYPE, accessExclusive(REWRITE, "expand/contract: add a column of the new type, backfill,"
                    + " switch readers, drop the old one", ALTER_TABLE))
            // sql-altertable.html, SET NOT NULL: "the table must be scanned … skipped if a valid CHECK constraint is
            // found which proves no NULL can exist".
            .rule(SET_NOT_NULL, accessExclusive(SCAN, "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT,"
                    + " then SET NOT NULL (no scan) and drop the check", ALTER_TABLE))
            .rule(DROP_NOT_NULL, accessExclusive(INSTANT, null, ALTER_TABLE))
            // sql-altertable.html, SET/DROP DEFAULT: "only applies to subsequent INSERT or UPDATE commands".
            .rule(SET_DEFAULT, accessExclusive(INSTANT, null, ALTER_TABLE))
            .rule(DROP_DEFAULT, accessExclusive(INSTANT, null, ALTER_TABLE))
            // sql-createindex.html, Building Indexes Concurrently: a normal build "locks out writes (but not reads)"
            // (SHARE lock) for the whole build.
            .rule(CREATE_INDEX, taking("SHARE", false, true, SCAN, "CREATE INDEX CONCURRENTLY"
                    + " (ops.createIndexConcurrently)", CREATE_INDEX_DOC))
            // sql-createindex.html: CONCURRENTLY takes SHARE UPDATE EXCLUSIVE and scans the table twice.
            .rule(CREATE_INDEX_CONCURRENTLY, taking("SHARE UPDATE EXCLUSIVE", false, false, SCAN, null, CREATE_INDEX_DOC))
            // sql-dropindex.html: "A normal DROP INDEX acquires an ACCESS EXCLUSIVE lock on the table".
            .rule(DROP_INDEX, accessExclusive(INSTANT, "DROP INDEX CONCURRENTLY (ops.dropIndexConcurrently)", DROP_INDEX_DOC))
            .rule(DROP_INDEX_CONCURRENTLY, taking("SHARE UPDATE EXCLUSIVE", false, false, INSTANT, null, DROP_INDEX_DOC))
            // sql-alterindex.html: "RENAME … SHARE UPDATE EXCLUSIVE" on the index; the table is not locked.
            .rule(RENAME_INDEX, taking("SHARE UPDATE EXCLUSIVE (on the index)", false, false, INSTANT, null,
                    DOCS + "sql-alterindex.html"))
            // sql-altertable.html, ADD table_constraint: builds a unique index, scanning the table.
            .rule(ADD_PRIMARY_KEY, accessExclusive(SCAN, "CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING"
                    + " INDEX", ALTER_TABLE))
            .rule(ADD_UNIQUE_CONSTRAINT, accessExclusive(SCAN, "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT …"
                    + " UNIQUE USING INDEX", ALTER_TABLE))
            // sql-altertable.html: "ADD FOREIGN KEY requires a SHARE ROW EXCLUSIVE lock" (on both tables), and
            // existing rows are checked unless NOT VALID.
            .rule(ADD_FOREIGN_KEY, taking("SHARE ROW EXCLUSIVE", false, true, SCAN, NOT_VALID, ALTER_TABLE))
            .rule(ADD_CHECK_CONSTRAINT, accessExclusive(SCAN, NOT_VALID, ALTER_TABLE))
            .rule(DROP_CONSTRAINT, accessExclusive(INSTANT, null, ALTER_TABLE))
            .rule(DROP_UNIQUE_CONSTRAINT, accessExclusive(INSTANT, null, ALTER_TABLE))
            .rule(DROP_PRIMARY_KEY, accessExclusive(INSTANT, null, ALTER_TABLE))
            .rule(RENAME_CONSTRAINT, accessExclusive(INSTANT, null, ALTER_TABLE))
            // explicit-locking.html: ROW EXCLUSIVE is "acquired by … INSERT"; it conflicts with no reader or writer.
            .rule(INSERT_ROWS, taking("ROW EXCLUSIVE", false, false, INSTANT, null, LOCKING))
            // explicit-locking.html: UPDATE takes ROW EXCLUSIVE and row locks; each batch is its own short transaction,
            // and every updated row gets a new version (the table grows until VACUUM).
            .rule(BACKFILL, taking("ROW EXCLUSIVE, row locks per batch", false, false, REWRITE, null, LOCKING))
            .rule(RAW_SQL, OperationSafety.unknown(LOCKING))
            .build();

    private PostgreSQLSafety() {
    }

    private static OperationSafety accessExclusive(Effect effect, String safer, String reference) {
        return taking("ACCESS EXCLUSIVE", true, true, effect, safer, reference);
    }
}
