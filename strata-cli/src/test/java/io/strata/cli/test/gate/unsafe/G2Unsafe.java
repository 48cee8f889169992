package io.strata.cli.test.gate.unsafe;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "9a7e00000002", parents = "9a7e00000001", message = "ratings, unique emails, names indexed")
public final class G2Unsafe implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("author", "rating", integer(), c -> c.notNull());
        ops.createUniqueConstraint("uq_author_email", "author", "email");
        ops.createIndex("ix_author_name", "author", "name");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndex("ix_author_name", "author");
        ops.dropConstraint("uq_author_email", "author", io.strata.migrations.operations.ConstraintKind.UNIQUE);
        ops.dropColumn("author", "rating");
    }
}
