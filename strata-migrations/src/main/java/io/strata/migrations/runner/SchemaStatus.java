package io.strata.migrations.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.operations.Verdict;

/**
 * Where a database stands against this code's revisions, with what explains it: the revisions it is
 * at, the latest ones, and those it has applied that this code does not know.
 *
 * @param status the status
 * @param current the revisions in the version table (empty when unknown)
 * @param latest this code's heads
 * @param ahead the applied revisions this code does not know, sorted by id (empty unless ahead)
 */
public record SchemaStatus(DatabaseStatus status, Set<String> current, Set<String> latest, List<AheadRevision> ahead) {

    /** Freezes the parts. */
    public SchemaStatus {
        Objects.requireNonNull(status, "status");
        current = Set.copyOf(current);
        latest = Set.copyOf(latest);
        ahead = List.copyOf(ahead);
    }

    /** Nothing is known: the database did not answer, or has no version table. */
    public static SchemaStatus noInfo(Set<String> latest) {
        return new SchemaStatus(DatabaseStatus.NO_INFO, Set.of(), latest, List.of());
    }

    /**
     * The status of a database at {@code current} whose verdict table holds {@code recorded}: ahead when
     * it has applied revisions {@code graph} does not know (compatible only when every one is recorded
     * compatible), else up to date at the heads, else behind.
     */
    public static SchemaStatus of(RevisionGraph graph, Set<String> current, Map<String, Verdict> recorded) {
        Set<String> latest = Set.copyOf(graph.heads());
        Set<String> unknown = new TreeSet<>();
        current.stream().filter(id -> !graph.contains(id)).forEach(unknown::add);
        recorded.keySet().stream().filter(id -> !graph.contains(id)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            List<AheadRevision> ahead = new ArrayList<>();
            for (String id : unknown) {
                ahead.add(new AheadRevision(id, recorded.get(id)));
            }
            boolean compatible = ahead.stream().allMatch(AheadRevision::compatible);
            return new SchemaStatus(compatible ? DatabaseStatus.AHEAD_COMPATIBLE : DatabaseStatus.AHEAD_BREAKING,
                    current, latest, ahead);
        }
        DatabaseStatus status = current.equals(latest) ? DatabaseStatus.UP_TO_DATE : DatabaseStatus.UPGRADE_AVAILABLE;
        return new SchemaStatus(status, current, latest, List.of());
    }

    /**
     * Whether this code may serve: up to date, waiting only for a contract revision the operator runs, or
     * ahead by compatible revisions only.
     */
    public boolean servable() {
        return status == DatabaseStatus.UP_TO_DATE || status == DatabaseStatus.CONTRACT_PENDING
                || status == DatabaseStatus.AHEAD_COMPATIBLE;
    }

    /** The ids of the revisions this code does not know that are breaking or have no verdict. */
    public List<String> breakingIds() {
        return ahead.stream().filter(a -> !a.compatible()).map(AheadRevision::id).toList();
    }

    /** What the status means, naming the revisions and, when this code should not serve, the fix. */
    public String message() {
        return switch (status) {
            case UP_TO_DATE -> "The database is at the latest revision " + ids(latest) + ".";
            case UPGRADE_AVAILABLE -> "The database schema is behind the latest revision: run the migrations"
                    + " ('db upgrade' or Database.sync()).";
            case CONTRACT_PENDING -> "The database is at " + ids(current) + ", before a contract revision that waits for"
                    + " the operator: run 'db upgrade --contract' once no replica runs code older than this; this code"
                    + " serves meanwhile.";
            case AHEAD_COMPATIBLE -> "The database is ahead of this code by compatible revision(s) "
                    + describe(ahead) + "; this code keeps working against it.";
            case AHEAD_BREAKING -> "The database is ahead of this code by breaking revision(s) "
                    + describe(ahead.stream().filter(a -> !a.compatible()).toList())
                    + "; this code may fail against it: deploy the code that has " + String.join(", ", breakingIds())
                    + " (to roll back instead, run 'db downgrade' with that code first).";
            case NO_INFO -> "The database did not answer, or its status could not be read.";
        };
    }

    private static String describe(List<AheadRevision> revisions) {
        return revisions.stream().map(AheadRevision::describe).collect(Collectors.joining(", "));
    }

    private static String ids(Set<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", new TreeSet<>(ids));
    }
}
