package io.strata.core.process;

import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.SyncResult;

/**
 * A replica starting up: builds a {@link Database} from {@code DATABASE_URL}, waits for the agreed
 * start instant (so the processes race), calls {@code sync()} and prints {@code RESULT <sync> <status>}.
 */
public final class SyncMain {

    private SyncMain() {
    }

    /** Arguments: the epoch millisecond at which to call sync. */
    public static void main(String[] args) throws Exception {
        long startAt = Long.parseLong(args[0]);
        try (Database db = Database.fromEnvironment()) {
            long wait = startAt - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            SyncResult result = db.sync();
            DatabaseStatus status = db.status();
            System.out.println("RESULT " + result + " " + status);
        }
    }
}
