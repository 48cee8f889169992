package io.strata.cli.test.deploy.v2;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "d2c0ffee0002", parents = "d1c0ffee0001", message = "add color", created = "2026-12-01T10:05:00Z")
public final class W2Color implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("widget", "color", varchar(20));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("widget", "color");
    }
}
