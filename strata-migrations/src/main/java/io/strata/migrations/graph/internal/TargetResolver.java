package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.AmbiguousTargetException;
import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.MultipleHeadsException;
import io.strata.migrations.graph.RevisionOutOfRangeException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a parsed target into the revision ids it names; an empty list means {@code base}. */
public final class TargetResolver {

    private final GraphIndex graph;

    /** A resolver over this graph. */
    public TargetResolver(GraphIndex graph) {
        this.graph = graph;
    }

    /** The revisions {@code target} names, given what is applied; empty for base. */
    public List<String> resolve(TargetExpression target, AppliedState state) {
        Lineage lineage = lineageOf(target);
        if (!target.isRelative()) {
            return absolute(target, target.symbol(), lineage);
        }
        List<String> start = target.symbol() != null
                ? singleStart(target, absolute(target, target.symbol(), lineage))
                : currentStart(target, state, lineage);
        return new RelativeWalk(graph, target, lineage).from(start);
    }

    /** The lineage named before {@code @}, or {@code null} when there is no branch prefix. */
    public Lineage lineageOf(TargetExpression target) {
        return target.branch() == null ? null : Lineage.of(graph, target.branch());
    }

    private List<String> absolute(TargetExpression target, String symbol, Lineage lineage) {
        switch (symbol) {
            case "base":
                return List.of();
            case "heads":
                return lineage == null ? graph.heads() : lineage.filter(graph.heads());
            case "head":
                List<String> heads = lineage == null ? graph.heads() : lineage.filter(graph.heads());
                if (heads.size() > 1) {
                    throw new MultipleHeadsException(heads, target.text());
                }
                return heads;
            default:
                String id = graph.lookup(symbol);
                if (lineage != null && !lineage.members().contains(id)) {
                    throw new InvalidTargetException(target.text(), "revision " + id + " is not on branch "
                            + lineage.name() + " (it is neither above nor below " + lineage.revision()
                            + "); drop '" + lineage.name() + "@' or name a revision of that branch.");
                }
                return List.of(id);
        }
    }

    private List<String> singleStart(TargetExpression target, List<String> resolved) {
        if (resolved.size() > 1) {
            throw new AmbiguousTargetException(target.text(), "'" + target.symbol() + "' is several revisions",
                    resolved, "walk from one of them instead, e.g. '" + resolved.get(0) + offset(target) + "'");
        }
        return resolved;
    }

    private List<String> currentStart(TargetExpression target, AppliedState state, Lineage lineage) {
        List<String> current = List.copyOf(state.versions());
        if (lineage != null) {
            Set<String> onBranch = new HashSet<>(state.applied());
            onBranch.retainAll(lineage.members());
            current = graph.headsOf(onBranch);
        }
        if (current.size() > 1) {
            throw new AmbiguousTargetException(target.text(), "the database is at several revisions", current,
                    "walk from one of them, e.g. '" + current.get(0) + offset(target)
                            + "', or name a branch, e.g. 'label@" + offset(target) + "'");
        }
        if (current.isEmpty() && target.offset() < 0) {
            throw new RevisionOutOfRangeException(target.text(), "base", target.offset(), 0);
        }
        return current;
    }

    private static String offset(TargetExpression target) {
        return (target.offset() >= 0 ? "+" : "") + target.offset();
    }

    /** A walk of {@code offset} steps up children or down parents, refusing forks and overruns. */
    private record RelativeWalk(GraphIndex graph, TargetExpression target, Lineage lineage) {

        List<String> from(List<String> start) {
            String startName = start.isEmpty() ? "base" : start.get(0);
            int steps = Math.abs(target.offset());
            List<String> at = start;
            for (int taken = 0; taken < steps; taken++) {
                boolean last = taken == steps - 1;
                List<String> next = target.offset() > 0 ? up(at) : down(at, last);
                if (next == null) {
                    throw new RevisionOutOfRangeException(target.text(), startName, target.offset(), taken);
                }
                at = next;
            }
            return at;
        }

        private List<String> up(List<String> at) {
            List<String> next = at.isEmpty() ? graph.bases() : graph.children(at.get(0));
            if (lineage != null) {
                next = lineage.filter(next);
            }
            if (next.size() > 1) {
                throw new AmbiguousTargetException(target.text(), at.isEmpty() ? "there are several bases"
                        : at.get(0) + " has several children", next, "name the revision, e.g. '" + next.get(0)
                        + "', or a branch, e.g. 'label@" + offset(target) + "'");
            }
            return next.isEmpty() ? null : next;
        }

        private List<String> down(List<String> at, boolean last) {
            if (at.isEmpty()) {
                return null;
            }
            List<String> next = graph.parents(at.get(0));
            if (next.size() > 1 && lineage != null && lineage.filter(next).size() == 1) {
                next = lineage.filter(next);
            }
            if (next.size() > 1 && !last) {
                throw new AmbiguousTargetException(target.text(), at.get(0) + " merges several parents", next,
                        "walk from one parent, e.g. '" + next.get(0) + "-1', or name a branch, e.g. 'label@"
                                + offset(target) + "'");
            }
            return next;
        }
    }
}
