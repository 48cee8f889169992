package io.strata.cli.test.deploy.v3;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "d3c0ffee0003", parents = "d2c0ffee0002", message = "drop note", created = "2026-12-01T10:10:00Z")
public final class W3DropNote implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.dropColumn("widget", "note");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.addColumn("widget", "note", varchar(50));
    }
}
