package io.strata.migrations.dialect.internal.mariadb;

import static io.strata.migrations.safety.Effect.INSTANT;
import static io.strata.migrations.safety.Effect.REWRITE;
import static io.strata.migrations.safety.Effect.SCAN;
import static io.strata.migrations.safety.OperationSafety.taking;
import static io.strata.migrations.safety.OperationShape.*;

import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyRules;

/**
 * What each operation locks and touches on MariaDB 10.11 (InnoDB), from its online DDL documentation.
 * The lock is the weakest {@code ALGORITHM}/{@code LOCK} class the server accepts for the statement
 * Strata renders; every statement also takes an exclusive metadata lock for a moment at its start and
 * end. {@code MariaDBSafetyTest} runs each statement with its class (accepted) and the next stronger
 * one (refused).
 */
final class MariaDBSafety {

    private static final String KB = "https://mariadb.com/kb/en/";
    private static final String INSTANT_DOC = KB + "innodb-online-ddl-operations-with-the-instant-alter-algorithm/";
    private static final String NOCOPY_DOC = KB + "innodb-online-ddl-operations-with-the-nocopy-alter-algorithm/";
    private static final String INPLACE_DOC = KB + "innodb-online-ddl-operations-with-the-inplace-alter-algorithm/";
    private static final String COPY_DOC = KB + "innodb-online-ddl-operations-with-the-copy-alter-algorithm/";
    private static final String MDL_DOC = KB + "metadata-locking/";

    private static final String EXPAND_CONTRACT = "expand/contract: deploy code that no longer uses it first, then"
            + " change it in a later revision";

    /** The rules (one instance: the data is immutable). */
    static final SafetyRules RULES = SafetyRules.builder("MariaDB")
            // metadata-locking/: a new table is locked only by its creator.
            .rule(CREATE_TABLE, taking("metadata lock (new table only)", false, false, INSTANT, null, MDL_DOC))
            // metadata-locking/: DROP TABLE waits for and holds the table's exclusive metadata lock.
            .rule(DROP_TABLE, taking("exclusive metadata lock", true, true, INSTANT, EXPAND_CONTRACT, MDL_DOC))
            // instant-alter-algorithm/, "ALTER TABLE … RENAME TO": supported with ALGORITHM=INSTANT.
            .rule(RENAME_TABLE, instant(EXPAND_CONTRACT))
            // instant-alter-algorithm/, "ALTER TABLE … ADD COLUMN": instant in 10.4+ at any position.
            .rule(ADD_COLUMN_NULLABLE, instant(null))
            .rule(ADD_COLUMN_CONSTANT_DEFAULT, instant(null))
            // Existing rows get the type's implicit default (0, ''): nothing to check, nothing fails.
            .rule(ADD_COLUMN_NOT_NULL_NO_DEFAULT, instant(null))
            // instant-alter-algorithm/ limitations: a default that is not a constant is not instant; the class
            // depends on the function (10.11: rand() NOCOPY, an AUTO_INCREMENT column INPLACE with LOCK=SHARED,
            // uuid() a table copy). The rule states the worst.
            .rule(ADD_COLUMN_VOLATILE_DEFAULT, copy("add the column without default, then backfill existing rows"
                    + " in batches", COPY_DOC))
            // instant-alter-algorithm/, "ALTER TABLE … DROP COLUMN": instant in 10.4+.
            .rule(DROP_COLUMN, instant(EXPAND_CONTRACT))
            // instant-alter-algorithm/, "ALTER TABLE … CHANGE COLUMN" renaming a column.
            .rule(RENAME_COLUMN, instant("expand/contract: add the new column, write both, backfill, switch readers,"
                    + " drop the old one"))
            // instant-alter-algorithm/, "Changing the data type of a column": a longer VARCHAR is instant while its
            // length prefix keeps its size (both at most 255 bytes, or both above); crossing it copies the table.
            .rule(WIDEN_VARCHAR, instant(null))
            // copy-alter-algorithm/: other type changes rebuild the table with ALGORITHM=COPY.
            .rule(CHANGE_TYPE, copy("expand/contract: add a column of the new type, backfill, switch readers, drop the"
                    + " old one", COPY_DOC))
            // inplace-alter-algorithm/, "Changing a column to NOT NULL" / "to NULL": rebuilt in place, writes go on.
            .rule(SET_NOT_NULL, taking("ALGORITHM=INPLACE, LOCK=NONE", false, false, REWRITE, null, INPLACE_DOC))
            .rule(DROP_NOT_NULL, taking("ALGORITHM=INPLACE, LOCK=NONE", false, false, REWRITE, null, INPLACE_DOC))
            // instant-alter-algorithm/, "Setting a column's default value" / "Removing a column's default value".
            .rule(SET_DEFAULT, instant(null))
            .rule(DROP_DEFAULT, instant(null))
            // nocopy-alter-algorithm/, "ADD INDEX": built without copying, concurrent DML allowed (the server picks
            // LOCK=NONE itself; concurrently() demands it, so the server refuses rather than falls back).
            .rule(CREATE_INDEX, nocopy(SCAN))
            // Strata renders it with ALGORITHM=INPLACE, LOCK=NONE; the server does it without copying (NOCOPY).
            .rule(CREATE_INDEX_CONCURRENTLY, nocopy(SCAN))
            // nocopy-alter-algorithm/, "DROP INDEX".
            .rule(DROP_INDEX, nocopy(INSTANT))
            .rule(DROP_INDEX_CONCURRENTLY, nocopy(INSTANT))
            // instant-alter-algorithm/, "ALTER TABLE … RENAME INDEX".
            .rule(RENAME_INDEX, instant(null))
            // inplace-alter-algorithm/, "ADD PRIMARY KEY": rebuilds the clustered index in place.
            .rule(ADD_PRIMARY_KEY, taking("ALGORITHM=INPLACE, LOCK=NONE", false, false, REWRITE, null, INPLACE_DOC))
            // nocopy-alter-algorithm/, "ADD UNIQUE INDEX" (fails when existing rows repeat a value).
            .rule(ADD_UNIQUE_CONSTRAINT, nocopy(SCAN))
            // copy-alter-algorithm/: a foreign key checked against existing rows (foreign_key_checks=1) copies the table.
            .rule(ADD_FOREIGN_KEY, copy("none through Strata: the server adds it in place only with foreign_key_checks=0,"
                    + " without checking existing rows", COPY_DOC))
            // copy-alter-algorithm/: ADD CONSTRAINT … CHECK validates every row by copying the table.
            .rule(ADD_CHECK_CONSTRAINT, copy(null, COPY_DOC))
            // instant-alter-algorithm/, "DROP CONSTRAINT" / "DROP FOREIGN KEY".
            .rule(DROP_CONSTRAINT, instant(null))
            .rule(DROP_UNIQUE_CONSTRAINT, nocopy(INSTANT))
            // copy-alter-algorithm/: dropping the primary key without a new one copies the table.
            .rule(DROP_PRIMARY_KEY, copy(null, COPY_DOC))
            // MariaDB cannot rename a foreign key or check: Strata drops it and adds it again (a copy).
            .rule(RENAME_CONSTRAINT, copy(null, COPY_DOC))
            // metadata-locking/: DML takes a shared metadata lock and row locks only.
            .rule(INSERT_ROWS, taking("row locks", false, false, INSTANT, null, MDL_DOC))
            // metadata-locking/: UPDATE takes a shared metadata lock and row locks, here one batch at a time.
            .rule(BACKFILL, taking("row locks per batch", false, false, REWRITE, null, MDL_DOC))
            .rule(RAW_SQL, OperationSafety.unknown(MDL_DOC))
            .build();

    private MariaDBSafety() {
    }

    private static OperationSafety instant(String safer) {
        return taking("ALGORITHM=INSTANT", false, false, INSTANT, safer, INSTANT_DOC);
    }

    private static OperationSafety nocopy(Effect effect) {
        return taking("ALGORITHM=NOCOPY, LOCK=NONE", false, false, effect, null, NOCOPY_DOC);
    }

    private static OperationSafety copy(String safer, String reference) {
        return taking("ALGORITHM=COPY, LOCK=SHARED", false, true, REWRITE, safer, reference);
    }
}
