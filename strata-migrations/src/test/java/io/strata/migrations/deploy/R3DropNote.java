package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "r3", parents = "r2", message = "drop note from widget")
public final class R3DropNote implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.dropColumn("widget", "note");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.addColumn("widget", "note", varchar(50));
    }
}
