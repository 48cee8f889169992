package io.strata.migrations.edited;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.runner.broken.E5Broken;

/** {@link E5Broken} failing at its second operation, after creating {@code note}. */
@Revision(id = "e5", parents = "d4", message = "broken at its second operation")
public final class E5FailsSecond implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("note", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_note", "id"));
        ops.execute(E5Broken.BAD_SQL);
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("note");
    }
}
