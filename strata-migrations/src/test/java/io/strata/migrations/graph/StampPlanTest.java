package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StampPlanTest {

    @Test
    void stamping_an_empty_table_at_head_inserts_the_head() {
        VersionChange change = Graphs.linear(3).planStamp("head");
        assertThat(change.before()).isEmpty();
        assertThat(change.added()).containsExactly("r002");
    }

    @Test
    void stamping_heads_stores_one_row_per_head() {
        assertThat(Graphs.forked().planStamp("heads").after()).containsExactly("c1", "c2");
    }

    @Test
    void stamping_up_or_down_the_same_branch_replaces_the_row() {
        RevisionGraph graph = Graphs.linear(5);
        VersionChange up = graph.planStamp(Set.of("r001"), "r003");
        assertThat(up.removed()).containsExactly("r001");
        assertThat(up.added()).containsExactly("r003");
        assertThat(graph.planStamp(Set.of("r003"), "r001").after()).containsExactly("r001");
        assertThat(graph.planStamp(Set.of("r003"), "-2").after()).containsExactly("r001");
    }

    @Test
    void stamping_another_branch_adds_a_row_and_keeps_the_current_one() {
        assertThat(Graphs.forked().planStamp(Set.of("c1"), "c2").after()).containsExactly("c1", "c2");
    }

    @Test
    void stamping_a_merge_replaces_both_parents() {
        assertThat(Graphs.diamond().planStamp(Set.of("d1", "d2"), "m").after()).containsExactly("m");
    }

    @Test
    void stamping_below_a_merge_restores_the_branch_that_is_still_applied() {
        assertThat(Graphs.diamond().planStamp(Set.of("e"), "c1").after()).containsExactly("c1", "d2");
    }

    @Test
    void stamping_base_empties_the_table_and_label_at_base_drops_one_branch() {
        assertThat(Graphs.linear(3).planStamp(Set.of("r002"), "base").after()).isEmpty();
        assertThat(Graphs.twoBases().planStamp(Set.of("app2", "audit2"), "app@base").after()).containsExactly("audit2");
    }

    @Test
    void stamping_where_the_table_already_is_changes_nothing() {
        assertThat(Graphs.linear(3).planStamp(Set.of("r002"), "head").isEmpty()).isTrue();
    }
}
