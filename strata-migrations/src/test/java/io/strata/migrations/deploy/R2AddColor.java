package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "r2", parents = "r1", message = "add color to widget")
public final class R2AddColor implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("widget", "color", varchar(20));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("widget", "color");
    }
}
