package io.strata.core.internal.database.sqlite;

import java.sql.SQLException;

/**
 * SQLite's result codes as sqlite-jdbc reports them: the extended code in {@link SQLException#getErrorCode()}
 * (its low byte is the primary code) and a message starting {@code [SQLITE_…]}, which tells its errors
 * apart from other drivers' whose vendor codes could share the low byte.
 */
final class SQLiteCodes {

    static final int ERROR = 1;
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int NOMEM = 7;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int PROTOCOL = 15;
    static final int NOTADB = 26;

    private SQLiteCodes() {
    }

    /** The primary result code of an error sqlite-jdbc raised, or -1 for any other error. */
    static int primary(SQLException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("[SQLITE_") ? e.getErrorCode() & 0xff : -1;
    }

    /**
     * Whether the file cannot serve now but may later: locked past the busy timeout, full, unreadable,
     * gone, damaged.
     */
    static boolean unavailable(SQLException e) {
        return switch (primary(e)) {
            case BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB -> true;
            default -> false;
        };
    }

    /** Whether the error says the file's content is damaged (or not a database at all). */
    static boolean damaged(SQLException e) {
        int code = primary(e);
        return code == CORRUPT || code == NOTADB;
    }

    /**
     * Whether the connection's transaction state is unknown after the error. sqlite-jdbc records a change
     * of auto-commit before its {@code BEGIN} runs, and begins the next transaction inside
     * {@code commit()} and {@code rollback()}: an error raised there, whatever it is (typically
     * {@code SQLITE_BUSY} past the busy timeout), leaves the driver believing in a transaction SQLite does
     * not have, and the next borrower's statements would commit one by one. So does an I/O, full-disk,
     * memory or damage error anywhere (SQLite may have rolled the transaction back by itself), and the
     * driver's own report of the mismatch ({@code cannot commit - no transaction is active}). A busy
     * statement elsewhere leaves the state known (the caller retries or rolls back), so a migration's
     * lock loop can retry {@code BEGIN IMMEDIATE} on its connection.
     */
    static boolean leavesStateUncertain(SQLException e) {
        int code = primary(e);
        return switch (code) {
            case -1 -> false;
            case NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB -> true;
            case ERROR -> String.valueOf(e.getMessage()).contains("no transaction is active")
                    || String.valueOf(e.getMessage()).contains("within a transaction") || inTransactionControl(e);
            default -> inTransactionControl(e);
        };
    }

    /** Whether sqlite-jdbc raised {@code e} while changing auto-commit, committing or rolling back. */
    private static boolean inTransactionControl(SQLException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals("org.sqlite.SQLiteConnection")) {
                String method = frame.getMethodName();
                if (method.equals("setAutoCommit") || method.equals("commit") || method.equals("rollback")) {
                    return true;
                }
            }
        }
        return false;
    }
}
