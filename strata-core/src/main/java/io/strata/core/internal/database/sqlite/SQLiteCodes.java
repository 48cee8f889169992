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
     * Whether the connection's transaction state is unknown after the error: an unavailable file (the
     * error may have hit a begin, commit or rollback half-way), memory exhausted, or sqlite-jdbc's view of
     * the transaction disagreeing with SQLite's ({@code cannot commit - no transaction is active}).
     */
    static boolean leavesStateUncertain(SQLException e) {
        int code = primary(e);
        if (code == ERROR) {
            String message = String.valueOf(e.getMessage());
            return message.contains("no transaction is active") || message.contains("within a transaction");
        }
        return code == NOMEM || unavailable(e);
    }
}
