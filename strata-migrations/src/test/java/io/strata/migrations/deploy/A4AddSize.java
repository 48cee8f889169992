package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** An additive revision after a contract revision: it waits with it. */
@Revision(id = "a4", parents = "c3", message = "add size to widget")
public final class A4AddSize implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("widget", "size", integer());
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("widget", "size");
    }
}
