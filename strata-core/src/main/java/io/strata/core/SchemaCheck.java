package io.strata.core;

import java.util.List;
import java.util.stream.Collectors;

import io.strata.migrations.diff.Difference;

/**
 * The outcome of comparing two schemas that should agree, such as the models and the schema their
 * revisions build ({@link Database#check()}, the CI guard) or a live database and the models
 * ({@link Database#drift()}). A value: {@link #isEmpty()} when they agree.
 *
 * <pre>{@code
 * SchemaCheck check = db.check();
 * if (!check.isEmpty()) {
 *     System.err.println(check.report());   // what differs, one line each, and how to fix it
 *     System.exit(1);
 * }
 * }</pre>
 *
 * <p>Each difference reads as the change that would turn the first schema into the second: a line
 * starting {@code +} is only in the second (the models, usually), {@code -} only in the first.
 */
public final class SchemaCheck {

    private final String subject;
    private final List<Difference> differences;
    private final String fix;

    SchemaCheck(String subject, List<Difference> differences, String fix) {
        this.subject = subject;
        this.differences = List.copyOf(differences);
        this.fix = fix;
    }

    /** Whether the schemas agree. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** The differences, one per changed object, in a stable order. */
    public List<Difference> differences() {
        return differences;
    }

    /** What was compared, e.g. {@code the models and the revisions at head 4f2a9c1e7b30}. */
    public String subject() {
        return subject;
    }

    /** A human-readable report: that the schemas agree, or each difference on its own line and the fix. */
    public String report() {
        if (isEmpty()) {
            return "No differences between " + subject + ".";
        }
        return differences.size() + (differences.size() == 1 ? " difference" : " differences") + " between " + subject
                + ":\n" + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n")) + "\n" + fix;
    }

    @Override
    public String toString() {
        return report();
    }
}
