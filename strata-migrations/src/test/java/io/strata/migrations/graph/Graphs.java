package io.strata.migrations.graph;

import java.util.ArrayList;
import java.util.List;

/** Graphs the specifications share, drawn oldest at the bottom. */
final class Graphs {

    private Graphs() {
    }

    /** {@code r000 <- r001 <- … <- r(n-1)}. */
    static RevisionGraph linear(int length) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            nodes.add(i == 0 ? RevisionNode.of(id(i)) : RevisionNode.of(id(i), id(i - 1)));
        }
        return RevisionGraph.of(nodes);
    }

    /** The id of the i-th revision of {@link #linear}. */
    static String id(int i) {
        return String.format("r%03d", i);
    }

    /**
     * <pre>
     *   c1   c2       two heads
     *    \   /
     *      b          branch point
     *      |
     *      a
     * </pre>
     */
    static RevisionGraph forked() {
        return RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                RevisionNode.of("c1", "b").withLabels("left"), RevisionNode.of("c2", "b").withLabels("right")));
    }

    /**
     * <pre>
     *        e
     *        |
     *        m          merge point
     *      /   \
     *    d1     d2
     *    |      |
     *    c1     c2      labels left, right
     *      \   /
     *        b          branch point
     *        |
     *        a
     * </pre>
     */
    static RevisionGraph diamond() {
        return RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                RevisionNode.of("c1", "b").withLabels("left"), RevisionNode.of("d1", "c1"),
                RevisionNode.of("c2", "b").withLabels("right"), RevisionNode.of("d2", "c2"),
                RevisionNode.of("m", "d1", "d2").withMessage("merge heads"), RevisionNode.of("e", "m")));
    }

    /**
     * Two independent lineages with their own bases.
     * <pre>
     *   app2        audit2
     *   |           |
     *   app1        audit1     labels app, audit
     * </pre>
     */
    static RevisionGraph twoBases() {
        return RevisionGraph.of(List.of(RevisionNode.of("app1").withLabels("app"), RevisionNode.of("app2", "app1"),
                RevisionNode.of("audit1").withLabels("audit"), RevisionNode.of("audit2", "audit1")));
    }
}
