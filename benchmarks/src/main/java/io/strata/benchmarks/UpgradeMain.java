package io.strata.benchmarks;

import io.strata.core.Database;
import io.strata.migrations.runner.MigrationResult;

/**
 * A whole process that does what {@code db upgrade} does without models: builds a {@link Database}
 * from a URL and the generated revisions, without a pool as the command does, upgrades it to the head and exits. {@code run.sh} times
 * cold JVM runs of it against {@link BaselineUpgradeMain}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.strata.benchmarks.UpgradeMain sqlite:////tmp/x.db 100
 * </pre>
 */
public final class UpgradeMain {

    private UpgradeMain() {
    }

    /** Arguments: the Strata URL, then how many revisions (default 100). */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: UpgradeMain <strata-url> [revisions=100]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        // As db upgrade opens it: no models, no pool (its one connection comes from the driver).
        try (Database db = Database.open(Database.builder().url(args[0]).revisions(BenchRevisions.chain(count))
                .config().withoutPool())) {
            MigrationResult result = db.upgrade();
            if (result.applied().size() != count) {
                throw new IllegalStateException("applied " + result.applied().size() + " of " + count + " revisions");
            }
            System.out.println("strata: applied " + count + " revisions in " + result.duration().toMillis() + " ms");
        }
    }
}
