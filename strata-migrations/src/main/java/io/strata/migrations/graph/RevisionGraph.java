package io.strata.migrations.graph;

import io.strata.migrations.graph.internal.AppliedState;
import io.strata.migrations.graph.internal.DowngradePlanner;
import io.strata.migrations.graph.internal.GraphIndex;
import io.strata.migrations.graph.internal.HistoryRange;
import io.strata.migrations.graph.internal.StampPlanner;
import io.strata.migrations.graph.internal.TargetExpression;
import io.strata.migrations.graph.internal.TargetResolver;
import io.strata.migrations.graph.internal.UpgradePlanner;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated graph of revisions: answers what the heads are, what a target means and
 * which steps reach it. Built once; every structural answer is precomputed.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(
 *         RevisionNode.of("a1"), RevisionNode.of("b2", "a1"), RevisionNode.of("c3", "b2")));
 * graph.head();                                    // Optional[c3]
 * graph.planUpgrade(Set.of("a1"), "head").revisions(); // [b2, c3]
 * graph.planDowngrade(Set.of("c3"), "-1").revisions(); // [c3]
 * }</pre>
 */
public final class RevisionGraph {

    private final GraphIndex index;
    private final TargetResolver resolver;

    private RevisionGraph(GraphIndex index) {
        this.index = index;
        this.resolver = new TargetResolver(index);
    }

    /**
     * Validates and indexes revisions; throws {@link DuplicateRevisionException},
     * {@link MissingParentException}, {@link RevisionCycleException} or
     * {@link DuplicateBranchLabelException}.
     */
    public static RevisionGraph of(Collection<RevisionNode> revisions) {
        return new RevisionGraph(GraphIndex.build(revisions));
    }

    /** How many revisions the graph holds. */
    public int size() {
        return index.size();
    }

    /** Whether a revision has exactly this id. */
    public boolean contains(String id) {
        return index.contains(id);
    }

    /** The revision with exactly this id; throws {@link UnknownRevisionException} if there is none. */
    public RevisionNode node(String id) {
        return index.node(id);
    }

    /** The revisions nothing follows, sorted by id. */
    public List<String> heads() {
        return index.heads();
    }

    /** The only head, empty for an empty graph; throws {@link MultipleHeadsException} if there are several. */
    public Optional<String> head() {
        List<String> heads = index.heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads, "head");
        }
        return heads.stream().findFirst();
    }

    /** The revisions that follow nothing, sorted by id. */
    public List<String> bases() {
        return index.bases();
    }

    /** Every branch label and the id of the revision declaring it, sorted by label. */
    public Map<String, String> branchLabels() {
        return index.labels();
    }

    /** Whether nothing follows this revision. */
    public boolean isHead(String id) {
        return index.children(id).isEmpty();
    }

    /** Whether this revision follows nothing. */
    public boolean isBase(String id) {
        return index.node(id).isBase();
    }

    /** Whether several revisions follow this one. */
    public boolean isBranchPoint(String id) {
        return index.children(id).size() > 1;
    }

    /** Whether this revision follows several revisions. */
    public boolean isMergePoint(String id) {
        return index.node(id).isMerge();
    }

    /** The revisions that directly follow this one, sorted by id. */
    public List<String> children(String id) {
        return index.children(id);
    }

    /** Every revision this one depends on, directly or not, newest first. */
    public Set<String> ancestors(String id) {
        return index.ancestors(List.of(id(id)));
    }

    /** Every revision that depends on this one, directly or not, newest first. */
    public Set<String> descendants(String id) {
        return index.descendants(List.of(id(id)));
    }

    /** Every revision, each before all of its ancestors; a branch's revisions stay together. */
    public List<RevisionNode> history() {
        return index.newestFirst();
    }

    /** The revisions in a {@code lower:upper} range such as {@code base:head} or {@code ae10:}, newest first. */
    public List<RevisionNode> history(String range) {
        return history(range, Set.of());
    }

    /** The revisions in a range that may use {@code current} or relative targets, newest first. */
    public List<RevisionNode> history(String range, Collection<String> current) {
        return new HistoryRange(index, resolver).select(range, state(current));
    }

    /** The revisions a target names with nothing applied; empty for {@code base}. */
    public List<String> resolve(String target) {
        return resolve(target, Set.of());
    }

    /** The revisions a target names given the current version set; empty for {@code base}. */
    public List<String> resolve(String target, Collection<String> current) {
        return resolver.resolve(TargetExpression.parse(target), state(current));
    }

    /** The steps that upgrade a database whose version table holds {@code current} to {@code target}. */
    public MigrationPlan planUpgrade(Collection<String> current, String target) {
        return new UpgradePlanner(index, resolver).plan(state(current), TargetExpression.parse(target));
    }

    /** The steps that downgrade a database whose version table holds {@code current} to {@code target}. */
    public MigrationPlan planDowngrade(Collection<String> current, String target) {
        return new DowngradePlanner(index, resolver).plan(state(current), TargetExpression.parse(target));
    }

    /** The version table after stamping {@code target} over {@code current}, up or down, running nothing. */
    public VersionChange planStamp(Collection<String> current, String target) {
        return new StampPlanner(index, resolver).plan(state(current), TargetExpression.parse(target));
    }

    /** The version table after stamping {@code target} onto an empty one, ignoring what is stored. */
    public VersionChange planStamp(String target) {
        return planStamp(Set.of(), target);
    }

    private AppliedState state(Collection<String> current) {
        return AppliedState.of(index, current);
    }

    private String id(String id) {
        return index.node(id).id();
    }
}
