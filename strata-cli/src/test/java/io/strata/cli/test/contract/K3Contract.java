package io.strata.cli.test.contract;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "k3c0ffee0003", parents = "k2c0ffee0002", message = "note to label (contract)",
        created = "2026-12-05T10:05:00Z", contract = "column widget.note (renamed to label)")
public final class K3Contract implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.dropColumn("widget", "note");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.addColumn("widget", "note", varchar(50));
        ops.execute("UPDATE widget SET note = label");
    }
}
