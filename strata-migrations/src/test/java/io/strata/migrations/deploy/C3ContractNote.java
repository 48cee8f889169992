package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The contract half of replacing widget.note by widget.label: drops note. */
@Revision(id = "c3", parents = "e2", message = "replace note by label (contract)",
        contract = "column widget.note (replaced by label)")
public final class C3ContractNote implements Migration {

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
