package io.strata.javalin.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/** The notes table, as the Note model has it. */
@Revision(id = "e1a2b3c4d5f6", message = "notes", created = "2026-11-21T12:00:00Z")
public final class R1Notes implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("notes", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("title", varchar(100), c -> c.notNull())
                .primaryKey("pk_notes", "id")
                .unique("uq_notes_title", "title"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("notes");
    }
}
