package io.strata.core.internal.database.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.core.DatabaseUnreachableException;

/**
 * The guard of a SQLite file's connections. A connection whose transaction state an error left uncertain
 * is closed ({@link SQLiteCodes#leavesStateUncertain}). The file must still be the one the connections
 * opened: once seen, a file deleted under the application refuses every connection (a write would go to
 * the unlinked file and be lost), and a file replaced (a restored backup) retires the connections to the
 * old one. An error saying the file is damaged keeps readiness down until {@code PRAGMA quick_check}
 * passes again.
 */
final class SQLiteFileGuard extends SQLiteConnectionGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SQLiteFileGuard.class);

    private final Path file;
    /** The file's identity (device and inode where the platform gives them) once it was seen. */
    private volatile Object identity;
    private volatile boolean seen;
    private volatile boolean damaged;
    private final AtomicBoolean checking = new AtomicBoolean();

    SQLiteFileGuard(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /**
     * Creates the file empty (an empty file is an empty SQLite database) when it does not exist and its
     * folder does: the connections open it without the right to create it. A folder that is missing or
     * refuses it is left for the connection to report.
     */
    private void createIfMissing() {
        Path folder = file.getParent();
        try {
            if (!Files.exists(file) && folder != null && Files.isDirectory(folder)) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            // Another process created it first, or the connection reports why it cannot be opened.
        }
    }

    @Override
    public boolean leavesStateUncertain(SQLException e) {
        if (SQLiteCodes.damaged(e) && !damaged) {
            damaged = true;
            LOG.error("The SQLite file {} is damaged ({}): readiness fails until PRAGMA quick_check passes."
                    + " Restore the file from a backup.", file, e.getMessage());
        }
        return super.leavesStateUncertain(e);
    }

    @Override
    public void beforeLending(Runnable evictAll) {
        if (!seen) {
            createIfMissing();
        }
        Object key;
        try {
            key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            if (!seen) {
                return; // Never there (its folder is missing): the connection says why it cannot open it.
            }
            evictAll.run();
            throw new DatabaseUnreachableException(file.toString(), "The SQLite file " + file + " is gone: it was"
                    + " deleted or moved while the application ran, so nothing can be saved to it. Put the file"
                    + " back (the application picks it up by itself) or restart with a new one.", e);
        } catch (IOException e) {
            throw new DatabaseUnreachableException(file.toString(), "The SQLite file " + file + " cannot be read: "
                    + e.getMessage() + ". Check the file and its folder's permissions.", e);
        }
        if (!seen) {
            identity = key;
            seen = true;
        } else if (key != null && !key.equals(identity)) {
            LOG.warn("The SQLite file {} was replaced while the application ran: its connections to the old file"
                    + " are closed, new ones open the new file.", file);
            identity = key;
            damaged = false;
            evictAll.run();
        }
    }

    @Override
    public Optional<String> fault() {
        if (!damaged) {
            return Optional.empty();
        }
        if (checking.compareAndSet(false, true)) {
            Thread checker = new Thread(this::check, "strata-sqlite-check");
            checker.setDaemon(true);
            checker.start();
        }
        return Optional.of("The SQLite file " + file + " is damaged (an error said so and PRAGMA quick_check has not"
                + " passed since). Restore it from a backup.");
    }

    /**
     * Runs {@code PRAGMA quick_check} on a connection of its own (a pooled one may hold the damaged pages
     * in its cache after the file was repaired), opened without the right to create the file.
     */
    private void check() {
        java.util.Properties readWrite = new java.util.Properties();
        readWrite.setProperty("open_mode", Integer.toString(SQLiteDatabaseType.OPEN_READWRITE | SQLiteDatabaseType.OPEN_URI));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file, readWrite);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            if (rs.next() && "ok".equalsIgnoreCase(rs.getString(1))) {
                damaged = false;
                LOG.info("The SQLite file {} passes PRAGMA quick_check again.", file);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("PRAGMA quick_check of {} failed", file, e);
        } finally {
            checking.set(false);
        }
    }
}
