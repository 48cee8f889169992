package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphQueriesTest {

    @Test
    void a_linear_chain_has_one_base_and_one_head() {
        RevisionGraph graph = Graphs.linear(3);
        assertThat(graph.bases()).containsExactly("r000");
        assertThat(graph.heads()).containsExactly("r002");
        assertThat(graph.head()).contains("r002");
        assertThat(graph.isHead("r002")).isTrue();
        assertThat(graph.isBase("r000")).isTrue();
    }

    @Test
    void a_fork_has_a_branch_point_and_two_heads() {
        RevisionGraph graph = Graphs.forked();
        assertThat(graph.heads()).containsExactly("c1", "c2");
        assertThat(graph.isBranchPoint("b")).isTrue();
        assertThat(graph.isBranchPoint("a")).isFalse();
        assertThat(graph.children("b")).containsExactly("c1", "c2");
    }

    @Test
    void head_refuses_several_heads_and_suggests_the_merge_command() {
        MultipleHeadsException e = catchThrowableOfType(MultipleHeadsException.class, () -> Graphs.forked().head());
        assertThat(e.heads()).containsExactly("c1", "c2");
        assertThat(e).hasMessageContaining("there are 2: c1, c2")
                .hasMessageContaining("db merge -m \"merge heads\" c1 c2");
    }

    @Test
    void a_merge_point_joins_its_parents_and_leaves_one_head() {
        RevisionGraph graph = Graphs.diamond();
        assertThat(graph.isMergePoint("m")).isTrue();
        assertThat(graph.isMergePoint("e")).isFalse();
        assertThat(graph.node("m").parents()).containsExactly("d1", "d2");
        assertThat(graph.node("m").message()).isEqualTo("merge heads");
        assertThat(graph.heads()).containsExactly("e");
    }

    @Test
    void several_bases_are_all_reported() {
        RevisionGraph graph = Graphs.twoBases();
        assertThat(graph.bases()).containsExactly("app1", "audit1");
        assertThat(graph.heads()).containsExactly("app2", "audit2");
        assertThat(graph.branchLabels()).containsEntry("app", "app1").containsEntry("audit", "audit1");
    }

    @Test
    void ancestors_and_descendants_are_transitive_exclusive_and_newest_first() {
        RevisionGraph graph = Graphs.diamond();
        assertThat(graph.ancestors("m")).containsExactlyInAnyOrder("d1", "c1", "d2", "c2", "b", "a");
        assertThat(List.copyOf(graph.ancestors("m")).indexOf("b")).isGreaterThan(List.copyOf(graph.ancestors("m")).indexOf("c2"));
        assertThat(graph.descendants("c1")).containsExactly("e", "m", "d1");
        assertThat(graph.ancestors("a")).isEmpty();
        assertThat(graph.descendants("e")).isEmpty();
    }

    @Test
    void history_puts_every_revision_before_its_ancestors_and_keeps_a_branch_together() {
        List<String> ids = Graphs.diamond().history().stream().map(RevisionNode::id).toList();
        assertThat(ids).containsExactly("e", "m", "d1", "c1", "d2", "c2", "b", "a");
    }

    @Test
    void history_does_not_depend_on_the_order_revisions_are_given_in() {
        List<RevisionNode> nodes = new ArrayList<>(Graphs.diamond().history());
        Collections.shuffle(nodes, new Random(7));
        assertThat(RevisionGraph.of(nodes).history()).isEqualTo(Graphs.diamond().history());
    }

    @Test
    void asking_for_an_unknown_revision_suggests_db_history() {
        assertThatThrownBy(() -> Graphs.diamond().node("zz"))
                .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.identifier()).isEqualTo("zz"))
                .hasMessageContaining("run `db history`");
        assertThatThrownBy(() -> Graphs.diamond().children("zz")).isInstanceOf(UnknownRevisionException.class);
    }
}
