package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphValidationTest {

    @Test
    void an_empty_graph_has_no_heads_bases_or_history() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertThat(graph.heads()).isEmpty();
        assertThat(graph.bases()).isEmpty();
        assertThat(graph.head()).isEmpty();
        assertThat(graph.history()).isEmpty();
    }

    @Test
    void a_duplicate_id_is_named() {
        DuplicateRevisionException e = catchThrowableOfType(DuplicateRevisionException.class, () -> RevisionGraph.of(
                List.of(RevisionNode.of("a"), RevisionNode.of("b", "a"), RevisionNode.of("b", "a"))));
        assertThat(e.revisionId()).isEqualTo("b");
        assertThat(e).hasMessageContaining("Revision id b is used by two revisions");
    }

    @Test
    void a_missing_parent_names_the_revision_and_the_parent() {
        MissingParentException e = catchThrowableOfType(MissingParentException.class, () -> RevisionGraph.of(
                List.of(RevisionNode.of("a"), RevisionNode.of("c", "b"))));
        assertThat(e.revisionId()).isEqualTo("c");
        assertThat(e.missingParent()).isEqualTo("b");
        assertThat(e).hasMessageContaining("Revision c follows revision b, which does not exist");
    }

    @Test
    void a_cycle_names_exactly_the_ids_on_it_each_followed_by_its_parent() {
        // a <- x -> y -> z -> x : a is the base, z's child t hangs off the cycle
        RevisionCycleException e = catchThrowableOfType(RevisionCycleException.class, () -> RevisionGraph.of(
                List.of(RevisionNode.of("a"), RevisionNode.of("x", "a", "z"), RevisionNode.of("y", "x"),
                        RevisionNode.of("z", "y"), RevisionNode.of("t", "z"))));
        assertThat(e.cycle()).containsExactly("x", "z", "y");
        assertThat(e).hasMessageContaining("x -> z -> y -> x");
    }

    @Test
    void a_revision_following_itself_is_a_cycle_of_one() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a", "b"))))
                .isInstanceOfSatisfying(RevisionCycleException.class, e -> assertThat(e.cycle()).containsExactly("b"));
    }

    @Test
    void a_graph_that_is_only_a_cycle_has_no_base_and_is_still_reported() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("p", "q"), RevisionNode.of("q", "p"))))
                .isInstanceOfSatisfying(RevisionCycleException.class,
                        e -> assertThat(e.cycle()).containsExactlyInAnyOrder("p", "q"));
    }

    @Test
    void a_branch_label_declared_twice_names_both_revisions() {
        DuplicateBranchLabelException e = catchThrowableOfType(DuplicateBranchLabelException.class,
                () -> RevisionGraph.of(List.of(RevisionNode.of("a").withLabels("core"),
                        RevisionNode.of("b", "a").withLabels("core"))));
        assertThat(e.label()).isEqualTo("core");
        assertThat(e.revisions()).containsExactly("a", "b");
        assertThat(e).hasMessageContaining("remove it from all but one");
    }

    @Test
    void a_branch_label_equal_to_a_revision_id_is_rejected() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a").withLabels("a"))))
                .isInstanceOf(DuplicateBranchLabelException.class)
                .hasMessageContaining("is also the id of revision a; rename the label");
    }
}
