package io.strata.migrations.runner;

import java.time.Duration;

/**
 * A database session that held a lock a migration's statement waited for, as the database showed it
 * while the statement waited (PostgreSQL's {@code pg_blocking_pids} and {@code pg_stat_activity}).
 *
 * @param pid the session's process id on the server
 * @param state what it was doing, e.g. {@code idle in transaction}
 * @param query its current or last statement, shortened to at most {@value #MAX_QUERY} characters
 * @param age how long its transaction (else its session) had been open
 */
public record BlockingSession(long pid, String state, String query, Duration age) {

    private static final java.util.regex.Pattern PASSWORD_LITERAL =
            java.util.regex.Pattern.compile("(?i)(password\\s*=?\\s*)'(?:[^']|'')*'");

    /** The longest query text kept. */
    public static final int MAX_QUERY = 200;

    /** Shortens the query and masks any password literal in it. */
    public BlockingSession {
        query = query == null ? "" : PASSWORD_LITERAL.matcher(query).replaceAll("$1'***'");
        query = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY - 1) + "…" : query;
        state = state == null ? "unknown" : state;
        age = age == null ? Duration.ZERO : age;
    }

    /** One line for messages: {@code pid 4711 (idle in transaction for 12 s): SELECT … FROM book}. */
    public String describe() {
        return "pid " + pid + " (" + state + " for " + age.toSeconds() + " s): " + query.replaceAll("\\s+", " ").strip();
    }
}
