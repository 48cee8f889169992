package io.strata.migrations.dialect.internal;

import io.strata.migrations.schema.ColumnType;

/**
 * One column of a table kept as a copy of another while old and new code write during an
 * expand/contract change: on insert, when {@code to} is not given; on update, when {@code from} changed.
 *
 * @param name the triggers' name (a database adds suffixes where it needs one trigger per event)
 * @param table the table
 * @param from the column written
 * @param to the column kept in step with it
 * @param type {@code to}'s type, which {@code from}'s value is converted to, or {@code null} when both have one type
 */
public record ColumnCopy(String name, String table, String from, String to, ColumnType type) {

    /** {@code from}'s value in a row trigger ({@code NEW.from}), converted to {@code type} by the database's rule. */
    public String value(ColumnCopies copies, String quotedFrom) {
        return type == null ? "NEW." + quotedFrom : copies.convert("NEW." + quotedFrom, type);
    }
}
