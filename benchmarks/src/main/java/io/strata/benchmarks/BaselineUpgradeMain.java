package io.strata.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The whole-process baseline of {@link UpgradeMain}: opens one plain JDBC connection and executes a
 * pre-rendered SQL file (written by {@link SqlFile}), one transaction per revision, then exits. SQLite
 * connections get the driver settings Strata's pool uses (WAL, {@code synchronous=NORMAL}, foreign
 * keys), so that both pay the same price per commit.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.strata.benchmarks.BaselineUpgradeMain jdbc:sqlite:/tmp/x.db up.sql
 * </pre>
 */
public final class BaselineUpgradeMain {

    private BaselineUpgradeMain() {
    }

    /** Arguments: the JDBC URL, the SQL file, then optionally user and password. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: BaselineUpgradeMain <jdbc-url> <sql-file> [user password]");
            System.exit(2);
        }
        long start = System.nanoTime();
        String text = Files.readString(Path.of(args[1]));
        Properties props = new Properties();
        if (args.length == 4) {
            props.setProperty("user", args[2]);
            props.setProperty("password", args[3]);
        }
        if (args[0].startsWith("jdbc:sqlite:")) {
            props.setProperty("foreign_keys", "true");
            props.setProperty("journal_mode", "WAL");
            props.setProperty("synchronous", "NORMAL");
            props.setProperty("busy_timeout", "30000");
        }
        try (Connection c = DriverManager.getConnection(args[0], props)) {
            int count = SqlFileRunner.execute(c, text);
            System.out.println("baseline: executed " + count + " statements in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
