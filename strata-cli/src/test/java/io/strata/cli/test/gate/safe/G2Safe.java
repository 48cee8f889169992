package io.strata.cli.test.gate.safe;

import static io.strata.migrations.schema.ColumnType.integer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.policy.AllowUnsafe;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "9a7e00000002", parents = "9a7e00000001", message = "ratings, unique emails, names indexed")
@AllowUnsafe(rule = "breaking-for-replicas", reason = "the running release never writes emails")
public final class G2Safe implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.addColumn("author", "rating", integer(), c -> c.notNull().serverDefault("0"));
        ops.allowUnsafe("data-dependent", "emails were deduplicated by the 2026-11 cleanup")
                .createUniqueIndexConcurrently("uq_author_email", "author", "email");
        ops.createIndexConcurrently("ix_author_name", "author", "name");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropIndex("ix_author_name", "author");
        ops.dropIndex("uq_author_email", "author");
        ops.dropColumn("author", "rating");
    }
}
