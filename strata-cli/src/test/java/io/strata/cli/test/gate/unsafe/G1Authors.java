package io.strata.cli.test.gate.unsafe;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "9a7e00000001", message = "authors")
public final class G1Authors implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("author", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(100))
                .column("email", varchar(200))
                .primaryKey("pk_author", "id"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("author");
    }
}
