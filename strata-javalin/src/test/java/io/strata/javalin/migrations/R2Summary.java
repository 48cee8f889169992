package io.strata.javalin.migrations;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** A nullable column the model does not map: a revision the readiness tests can leave unapplied. */
@Revision(id = "f2b3c4d5e6a7", parents = "e1a2b3c4d5f6", message = "note summaries", created = "2026-11-21T12:10:00Z")
public final class R2Summary implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("notes", "summary", varchar(200));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropColumn("notes", "summary");
    }
}
