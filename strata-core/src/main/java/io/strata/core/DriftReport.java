package io.strata.core;

import java.util.Optional;
import java.util.Set;

/**
 * How a live database differs from what it should hold ({@link Database#drift()}): from the models,
 * and from the schema its recorded revisions build. A database changed by hand, or by a revision
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
    private final Set<String> versions;

    DriftReport(SchemaCheck models, SchemaCheck recorded, Set<String> versions) {
        this.models = models;
        this.recorded = recorded;
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

    /** The revisions recorded in the database (empty when none). */
    public Set<String> versions() {
        return versions;
    }

    /** Whether the database matches the models and its recorded revisions. */
    public boolean isEmpty() {
        return models.isEmpty() && (recorded == null || recorded.isEmpty());
    }

    /** Both comparisons, as readable reports. */
    public String report() {
        String first = models.report();
        if (recorded == null) {
            return first + "\nThe database records no revision, so it was not compared with the revisions.";
        }
        return first + "\n" + recorded.report();
    }

    @Override
    public String toString() {
        return report();
    }
}
