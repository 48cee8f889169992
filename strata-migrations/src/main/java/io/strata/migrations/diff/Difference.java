package io.strata.migrations.diff;

import java.util.Objects;

/**
 * One difference between two schemas, printed as one line such as {@code + table store},
 * {@code ~ column book.title: varchar(100) -> varchar(200) (narrowing? no)} or
 * {@code - index ix_book_isbn on book}.
 *
 * @param change whether the object was added, removed, changed or renamed
 * @param kind what kind of object it is
 * @param table the table it belongs to (for a table: its name in the target schema, or in the source if removed)
 * @param name the object's name (the table's, column's, constraint's or index's)
 * @param detail what changed, e.g. {@code varchar(100) -> varchar(200) (narrowing? no)}; empty when the line says all
 */
public record Difference(Change change, ObjectKind kind, String table, String name, String detail) {

    /** What happened to the object. */
    public enum Change {
        /** Only the target schema has it. */
        ADDED("+"),
        /** Only the source schema has it. */
        REMOVED("-"),
        /** Both have it, differently. */
        CHANGED("~"),
        /** It was renamed (by a hint of {@link DiffOptions}). */
        RENAMED(">");

        private final String symbol;

        Change(String symbol) {
            this.symbol = symbol;
        }

        /** The symbol that starts the line: {@code +}, {@code -}, {@code ~} or {@code >}. */
        public String symbol() {
            return symbol;
        }
    }

    /** The kinds of schema object a difference can concern. */
    public enum ObjectKind {
        /** A table. */
        TABLE("table"),
        /** A column. */
        COLUMN("column"),
        /** A primary key. */
        PRIMARY_KEY("primary key"),
        /** A foreign key. */
        FOREIGN_KEY("foreign key"),
        /** A unique constraint. */
        UNIQUE("unique constraint"),
        /** An index. */
        INDEX("index"),
        /** A check constraint. */
        CHECK("check");

        private final String label;

        ObjectKind(String label) {
            this.label = label;
        }

        /** How lines name the kind, e.g. {@code unique constraint}. */
        public String label() {
            return label;
        }
    }

    /** Validates the parts are present. */
    public Difference {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }

    /** The line, e.g. {@code ~ column book.title: varchar(100) -> varchar(200) (narrowing? no)}. */
    @Override
    public String toString() {
        String subject = switch (kind) {
            case TABLE -> "table " + name;
            case COLUMN -> "column " + table + "." + name;
            case PRIMARY_KEY -> "primary key " + name + " on " + table;
            default -> kind.label() + " " + name + " on " + table;
        };
        return change.symbol() + " " + subject + (detail.isEmpty() ? "" : (detail.startsWith(" ") ? "" : ": ") + detail);
    }
}
