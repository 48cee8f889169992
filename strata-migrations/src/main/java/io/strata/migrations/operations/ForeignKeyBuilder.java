package io.strata.migrations.operations;

import java.util.List;

import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.ReferentialAction;

/**
 * A foreign key in the {@link Ops} DSL:
 * {@code fk -> fk.columns("author_id").references("author", "id").onDelete(ReferentialAction.CASCADE)}.
 */
public final class ForeignKeyBuilder {

    private final String name;
    private List<String> columns = List.of();
    private String referencedTable;
    private List<String> referencedColumns = List.of();
    private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;

    ForeignKeyBuilder(String name) {
        this.name = name;
    }

    /** The referencing columns of this table. */
    public ForeignKeyBuilder columns(String... names) {
        columns = List.of(names);
        return this;
    }

    /** The referenced table and its columns (as many as {@link #columns}). */
    public ForeignKeyBuilder references(String table, String... names) {
        referencedTable = table;
        referencedColumns = List.of(names);
        return this;
    }

    /** What deleting a referenced row does. */
    public ForeignKeyBuilder onDelete(ReferentialAction action) {
        onDelete = action;
        return this;
    }

    /** What updating a referenced key does. */
    public ForeignKeyBuilder onUpdate(ReferentialAction action) {
        onUpdate = action;
        return this;
    }

    ForeignKey build() {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + name + " needs references(table, columns...)");
        }
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
