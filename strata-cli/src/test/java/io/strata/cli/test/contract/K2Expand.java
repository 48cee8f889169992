package io.strata.cli.test.contract;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "k2c0ffee0002", parents = "k1c0ffee0001", message = "note to label (expand)",
        created = "2026-12-05T10:05:00Z", compatible = "adds label, filled from note")
public final class K2Expand implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("widget", "label", varchar(50));
        ops.execute("UPDATE widget SET label = note");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("widget", "label");
    }
}
