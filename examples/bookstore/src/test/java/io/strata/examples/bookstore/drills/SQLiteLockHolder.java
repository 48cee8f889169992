package io.strata.examples.bookstore.drills;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.strata.core.Database;

/**
 * Another process on the bookstore's SQLite file: takes {@code BEGIN EXCLUSIVE} on the file named by
 * {@code DATABASE_URL} ({@code sqlite:///path}), prints {@code locked}, holds the lock for
 * {@code -Dhold.ms} milliseconds, commits, prints {@code released} and exits. Started by
 * {@link Replica#start} like a replica.
 */
public final class SQLiteLockHolder {

    private SQLiteLockHolder() {
    }

    /** Holds the lock, then releases it. */
    public static void main(String[] args) throws Exception {
        String url = System.getenv(Database.ENV_URL);
        String path = url.substring("sqlite:///".length());
        long hold = Long.getLong("hold.ms", 3000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            System.out.println("locked");
            Thread.sleep(hold);
            s.execute("COMMIT");
        }
        System.out.println("released");
    }
}
