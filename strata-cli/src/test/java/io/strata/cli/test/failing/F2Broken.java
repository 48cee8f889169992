package io.strata.cli.test.failing;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "f2000000bbbb", parents = "f1000000aaaa", message = "broken", created = "2026-11-21T12:05:00Z")
public final class F2Broken implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.execute("INSERT INTO no_such_table VALUES (1)");
    }

    @Override
    public void downgrade(Ops ops) {
    }
}
