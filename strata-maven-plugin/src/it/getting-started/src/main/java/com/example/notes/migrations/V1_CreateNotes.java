package com.example.notes.migrations;

// DOCS:revision
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "0c1e5a7e0001", message = "create notes", created = "2026-12-05T09:00:00Z")
public class V1_CreateNotes implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("note", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("title", varchar(200), c -> c.notNull())
                .primaryKey("pk_note", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("note");
    }
}
// DOCS:end
