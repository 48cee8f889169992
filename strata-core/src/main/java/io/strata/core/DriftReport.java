package io.strata.core;

import java.util.Optional;
import java.util.Set;

/**
 * How a live database differs from what it should hold ({@link Database#drift()}): from the models,
 * from the schema its recorded revisions build, and in how its tables are stored (on MariaDB, a table
 * not in the character set and collation Strata creates tables with). A database changed by hand, or by a revision
 * edited after it ran, shows here; one that is merely behind shows only against the models.
 *
 * <pre>{@code
 * DriftReport drift = db.drift();
 * if (!drift.isEmpty()) {
 *     log.warn(drift.report());
 * }
 * }</pre>
 */
public final class DriftReport {

    private final SchemaCheck models;
    private final SchemaCheck recorded;
    private final SchemaCheck storage;
    private final Set<String> versions;

    DriftReport(SchemaCheck models, SchemaCheck recorded, SchemaCheck storage, Set<String> versions) {
        this.models = models;
        this.recorded = recorded;
        this.storage = storage;
        this.versions = Set.copyOf(versions);
    }

    /** The database against the models ({@code +} only in the models, {@code -} only in the database). */
    public SchemaCheck models() {
        return models;
    }

    /**
     * The database against the schema its recorded revisions build ({@code +} only in that schema);
     * empty when the database records no revision.
     */
    public Optional<SchemaCheck> recorded() {
        return Optional.ofNullable(recorded);
    }

    /**
     * The tables stored otherwise than Strata creates them, e.g. {@code ~ table author: collation
     * latin1_swedish_ci -> utf8mb4_unicode_520_ci (…)} on MariaDB; empty on the other databases.
     */
    public SchemaCheck storage() {
        return storage;
    }

    /** The revisions recorded in the database (empty when none). */
    public Set<String> versions() {
        return versions;
    }

    /** Whether the database matches the models and its recorded revisions. */
    public boolean isEmpty() {
        return models.isEmpty() && (recorded == null || recorded.isEmpty()) && storage.isEmpty();
    }

    /** Both comparisons, as readable reports. */
    public String report() {
        String first = models.report();
        String stored = storage.isEmpty() ? "" : "\n" + storage.report();
        if (recorded == null) {
            return first + "\nThe database records no revision, so it was not compared with the revisions." + stored;
        }
        return first + "\n" + recorded.report() + stored;
    }

    @Override
    public String toString() {
        return report();
    }
}
