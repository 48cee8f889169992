package io.strata.core;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.migrations.diff.Difference;

/**
 * The start-up check that the revisions capture every model change: compares the models with the
 * schema the revisions build (no database), then warns once, refuses, or stays silent as
 * {@link ModelChanges} says. What {@link Database#checkModelsAtStartup()} runs.
 */
final class ModelChangesGuard {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final ModelChanges policy;
    private final Supplier<List<Difference>> differences;
    private List<Difference> found;

    /** A guard applying {@code policy} to the differences {@code differences} computes ({@code null}: nothing to compare). */
    ModelChangesGuard(ModelChanges policy, Supplier<List<Difference>> differences) {
        this.policy = policy;
        this.differences = differences;
    }

    /** Compares once; warns the first time, throws every time in fail mode; returns the changes found. */
    synchronized List<Difference> run() {
        boolean first = found == null;
        if (first) {
            found = compare();
        }
        if (found.isEmpty()) {
            return found;
        }
        String changes = found.stream().map(ModelChangesGuard::describe).collect(Collectors.joining(", "));
        if (policy == ModelChanges.FAIL) {
            throw new UncapturedModelChangesException("Your models have changes that are not yet in a revision: " + changes
                    + ". Refusing to start (" + Database.ENV_MODEL_CHANGES + " / modelChanges is fail): the database"
                    + " the revisions build lacks them, so requests that use them would fail. Run `db migrate -m \"describe the change\"`, review and commit"
                    + " the revision, then start again (or set " + Database.ENV_MODEL_CHANGES + "=warn to start anyway).",
                    found);
        }
        if (first) {
            LOG.warn("Your models have changes that are not yet in a revision: {}. The database the revisions build lacks"
                    + " them, so requests that use them fail: run `db migrate -m \"describe the change\"` and commit the"
                    + " revision ({}=fail refuses to start instead, =ignore skips this check).", changes,
                    Database.ENV_MODEL_CHANGES);
        }
        return found;
    }

    private List<Difference> compare() {
        if (policy == ModelChanges.IGNORE || differences == null) {
            return List.of();
        }
        try {
            return differences.get();
        } catch (RuntimeException e) {
            if (policy == ModelChanges.FAIL) {
                throw e;
            }
            // Warn mode never stops a start: the revisions' own error surfaces where they are run.
            LOG.warn("Cannot check that the revisions capture every model change: {}", e.getMessage());
            return List.of();
        }
    }

    /** One change in words: {@code author.pinned added}, {@code table store added}, {@code index ix_a on b removed}. */
    static String describe(Difference d) {
        String subject = switch (d.kind()) {
            case TABLE -> "table " + d.name();
            case COLUMN -> d.table() + "." + d.name();
            default -> d.kind().label() + " " + d.name() + " on " + d.table();
        };
        return subject + " " + switch (d.change()) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed (" + d.detail().strip() + ")";
            case RENAMED -> "renamed (" + d.detail().strip() + ")";
        };
    }
}
