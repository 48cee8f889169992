package io.strata.migrations.dialect.internal.sqlite;

import java.util.List;

/**
 * What only the {@code CREATE TABLE} text of an SQLite table says: constraint names, check
 * expressions and {@code AUTOINCREMENT}. Names are {@code null} where the DDL gives none.
 *
 * @param primaryKeyName the primary key's constraint name
 * @param autoIncrementColumn the column declared {@code PRIMARY KEY AUTOINCREMENT}
 * @param uniques the unique constraints
 * @param foreignKeys the foreign keys (columns and referenced table, to match {@code PRAGMA foreign_key_list})
 * @param checks the check constraints
 */
record SQLiteTableDefinition(String primaryKeyName, String autoIncrementColumn, List<Unique> uniques,
        List<Reference> foreignKeys, List<Check> checks) {

    /** An empty definition, for tables whose DDL declares no constraints (e.g. {@code CREATE TABLE … AS SELECT}). */
    static final SQLiteTableDefinition NONE = new SQLiteTableDefinition(null, null, List.of(), List.of(), List.of());

    /** Freezes the lists. */
    SQLiteTableDefinition {
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** A {@code UNIQUE} constraint, named or not. */
    record Unique(String name, List<String> columns) {
    }

    /** A {@code FOREIGN KEY} / {@code REFERENCES} constraint, named or not. */
    record Reference(String name, List<String> columns, String table) {
    }

    /** A {@code CHECK} constraint, named or not, with its expression as written. */
    record Check(String name, String expression) {
    }
}
