package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;

import io.strata.migrations.revision.RevisionSet;

/**
 * A separate process for the concurrency tests: waits until a given instant, upgrades the test chain
 * to head, and prints {@code APPLIED <n>} (or {@code ERROR <message>} and exits 1).
 * Arguments: JDBC URL, user ({@code -} for none), start instant in epoch milliseconds, and optionally
 * the package of the revisions (the test chain by default). The password
 * comes from the environment variable {@code STRATA_TEST_PASSWORD}, never the command line.
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    /** Runs one upgrade. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = "-".equals(args[1]) ? null : args[1];
        long startAt = Long.parseLong(args[2]);
        String password = System.getenv("STRATA_TEST_PASSWORD");
        Migrator migrator = Migrator.builder()
                .connections(() -> connect(url, user, password))
                .revisions(args.length > 3 ? RevisionSet.scan(args[3]) : Chain.CHAIN)
                .lockTimeout(Duration.ofSeconds(30))
                .build();
        long wait = startAt - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        try {
            MigrationResult result = migrator.upgrade("head");
            System.out.println("APPLIED " + result.appliedCount());
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static Connection connect(String url, String user, String password) throws java.sql.SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            props.setProperty("foreign_keys", "true");
        }
        return DriverManager.getConnection(url, props);
    }
}
