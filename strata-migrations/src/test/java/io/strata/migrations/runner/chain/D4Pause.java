package io.strata.migrations.runner.chain;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

/**
 * Pauses for {@code strata.test.pauseMillis} (0 by default), announcing it on standard output, so that
 * tests can overlap concurrent runs or kill a process in the middle of a revision.
 */
@Revision(id = "d4", parents = "c3", message = "pause (for tests)")
public final class D4Pause implements Migration {

    /** Printed when the pause starts. */
    public static final String MARKER = "STRATA-TEST-PAUSING";

    @Override
    public void upgrade(Ops ops) {
        ops.execute("UPDATE author SET name = 'Ann' WHERE id = 1");
        ops.run("pause", connection -> {
            long millis = Long.getLong("strata.test.pauseMillis", 0);
            if (millis > 0) {
                System.out.println(MARKER);
                System.out.flush();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Override
    public void downgrade(Ops ops) {
    }
}
