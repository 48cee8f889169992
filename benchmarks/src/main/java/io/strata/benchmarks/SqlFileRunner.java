package io.strata.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal executor of a SQL file written by {@link SqlFile}, as a database client would run it;
 * depends on nothing of Strata, so the baseline process loads none of it.
 */
public final class SqlFileRunner {

    private SqlFileRunner() {
    }

    /** The statements of a script text, {@code BEGIN} and {@code COMMIT} included, comments dropped. */
    public static List<String> parse(String text) {
        List<String> statements = new ArrayList<>();
        for (String chunk : text.split(";\n\n")) {
            StringBuilder sql = new StringBuilder();
            for (String line : chunk.split("\n")) {
                if (!line.startsWith("--") && !line.isBlank()) {
                    sql.append(sql.length() == 0 ? "" : "\n").append(line);
                }
            }
            if (sql.length() > 0) {
                statements.add(sql.toString());
            }
        }
        return statements;
    }

    /**
     * Executes a script text on the connection: {@code BEGIN} and {@code COMMIT} become JDBC
     * transaction boundaries, everything else is executed as it is. Returns the statements executed.
     */
    public static int execute(Connection c, String text) throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement()) {
            for (String sql : parse(text)) {
                if (sql.equalsIgnoreCase("BEGIN")) {
                    c.setAutoCommit(false);
                } else if (sql.equalsIgnoreCase("COMMIT")) {
                    c.commit();
                    c.setAutoCommit(true);
                } else {
                    s.execute(sql);
                    count++;
                }
            }
        }
        return count;
    }

}
