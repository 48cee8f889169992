package io.strata.migrations.runner.broken;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** Creates a table, adds a column, then fails on bad SQL. */
@Revision(id = "e5", parents = "d4", message = "broken")
public final class E5Broken implements Migration {

    /** The statement that fails. */
    public static final String BAD_SQL = "THIS IS NOT SQL";

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("note", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_note", "id"));
        ops.addColumn("book", "pages", integer());
        ops.execute(BAD_SQL);
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("book", "pages");
        ops.dropTable("note");
    }
}
