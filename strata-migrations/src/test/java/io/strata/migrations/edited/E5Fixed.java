package io.strata.migrations.edited;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.runner.broken.E5Broken;

/** {@link E5Broken} with its failing third operation fixed; the first two are unchanged. */
@Revision(id = "e5", parents = "d4", message = "broken, fixed")
public final class E5Fixed implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("note", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_note", "id"));
        ops.addColumn("book", "pages", integer());
        ops.execute("UPDATE book SET pages = 100");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("book", "pages");
        ops.dropTable("note");
    }
}
