package io.strata.migrations.deploy;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The expand half of replacing widget.note by widget.label: adds label and copies note into it. */
@Revision(id = "e2", parents = "r1", message = "replace note by label (expand)",
        compatible = "adds a nullable column and fills it; note stays")
public final class E2ExpandLabel implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("widget", "label", varchar(50));
        ops.execute("UPDATE widget SET label = note WHERE label IS NULL");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("widget", "label");
    }
}
