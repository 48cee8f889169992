package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryRangeTest {

    private static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    @Test
    void base_to_head_is_the_whole_history() {
        RevisionGraph graph = Graphs.diamond();
        assertThat(graph.history("base:head")).isEqualTo(graph.history());
        assertThat(graph.history(":")).isEqualTo(graph.history());
    }

    @Test
    void a_range_includes_both_ends() {
        assertThat(ids(Graphs.linear(5).history("r001:r003"))).containsExactly("r003", "r002", "r001");
    }

    @Test
    void an_open_side_runs_to_the_end() {
        assertThat(ids(Graphs.linear(5).history("r003:"))).containsExactly("r004", "r003");
        assertThat(ids(Graphs.linear(5).history(":r001"))).containsExactly("r001", "r000");
    }

    @Test
    void a_range_across_a_merge_takes_both_branches_between_the_ends() {
        assertThat(ids(Graphs.diamond().history("b:m"))).containsExactly("m", "d1", "c1", "d2", "c2", "b");
        assertThat(ids(Graphs.diamond().history("c1:m"))).containsExactly("m", "d1", "c1");
    }

    @Test
    void current_and_relative_targets_work_in_ranges() {
        RevisionGraph graph = Graphs.linear(5);
        assertThat(ids(graph.history("current:head", Set.of("r003")))).containsExactly("r004", "r003");
        assertThat(ids(graph.history("-1:current", Set.of("r003")))).containsExactly("r003", "r002");
    }

    @Test
    void a_reversed_range_says_to_put_the_older_revision_first() {
        assertThatThrownBy(() -> Graphs.linear(5).history("r003:r001"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("put the older revision first");
    }

    @Test
    void a_range_without_a_colon_shows_the_syntax() {
        assertThatThrownBy(() -> Graphs.linear(5).history("r003"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("lower:upper");
    }
}
