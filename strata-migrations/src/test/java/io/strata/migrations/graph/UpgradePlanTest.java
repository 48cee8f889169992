package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpgradePlanTest {

    @Test
    void upgrading_an_empty_database_to_head_runs_the_whole_chain_oldest_first() {
        MigrationPlan plan = Graphs.linear(3).planUpgrade(Set.of(), "head");
        assertThat(plan.direction()).isEqualTo(Direction.UPGRADE);
        assertThat(plan.revisions()).containsExactly("r000", "r001", "r002");
        assertThat(plan.steps()).allMatch(step -> step.direction() == Direction.UPGRADE);
        assertThat(plan.versions().before()).isEmpty();
        assertThat(plan.versions().after()).containsExactly("r002");
    }

    @Test
    void each_step_replaces_its_parent_in_the_version_table() {
        List<MigrationStep> steps = Graphs.linear(3).planUpgrade(Set.of(), "head").steps();
        assertThat(steps.get(0).versions().removed()).isEmpty();
        assertThat(steps.get(0).versions().added()).containsExactly("r000");
        assertThat(steps.get(1).versions().removed()).containsExactly("r000");
        assertThat(steps.get(1).versions().added()).containsExactly("r001");
    }

    @Test
    void upgrading_from_the_middle_runs_only_what_is_missing() {
        assertThat(Graphs.linear(5).planUpgrade(Set.of("r002"), "head").revisions()).containsExactly("r003", "r004");
        assertThat(Graphs.linear(5).planUpgrade(Set.of("r002"), "+1").revisions()).containsExactly("r003");
        assertThat(Graphs.linear(5).planUpgrade(Set.of("r002"), "r003").revisions()).containsExactly("r003");
    }

    @Test
    void a_target_already_applied_needs_nothing() {
        MigrationPlan plan = Graphs.linear(5).planUpgrade(Set.of("r004"), "r001");
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.versions().isEmpty()).isTrue();
        assertThat(Graphs.linear(5).planUpgrade(Set.of("r004"), "head").isEmpty()).isTrue();
    }

    @Test
    void upgrading_heads_applies_every_branch_and_keeps_one_version_row_per_branch() {
        MigrationPlan plan = Graphs.forked().planUpgrade(Set.of("a"), "heads");
        assertThat(plan.revisions()).containsExactly("b", "c1", "c2");
        MigrationStep second = plan.steps().get(1);
        assertThat(second.versions().removed()).containsExactly("b");
        assertThat(second.versions().added()).containsExactly("c1");
        MigrationStep third = plan.steps().get(2);
        assertThat(third.versions().removed()).as("b is already replaced by c1").isEmpty();
        assertThat(third.versions().added()).containsExactly("c2");
        assertThat(plan.versions().after()).containsExactly("c1", "c2");
    }

    @Test
    void upgrading_one_branch_leaves_the_other_alone() {
        MigrationPlan plan = Graphs.forked().planUpgrade(Set.of("a"), "right@head");
        assertThat(plan.revisions()).containsExactly("b", "c2");
        assertThat(Graphs.forked().planUpgrade(Set.of("c1"), "c2").versions().after()).containsExactly("c1", "c2");
    }

    @Test
    void a_merge_runs_once_both_parents_are_applied_and_replaces_them_by_itself() {
        MigrationPlan plan = Graphs.diamond().planUpgrade(Set.of("d1"), "head");
        assertThat(plan.revisions()).containsExactly("c2", "d2", "m", "e");
        MigrationStep merge = plan.steps().get(2);
        assertThat(merge.versions().before()).containsExactly("d1", "d2");
        assertThat(merge.versions().removed()).containsExactly("d1", "d2");
        assertThat(merge.versions().added()).containsExactly("m");
        assertThat(plan.versions().after()).containsExactly("e");
    }

    @Test
    void a_full_upgrade_through_a_diamond_keeps_each_branch_contiguous() {
        assertThat(Graphs.diamond().planUpgrade(Set.of(), "head").revisions())
                .containsExactly("a", "b", "c1", "d1", "c2", "d2", "m", "e");
    }

    @Test
    void an_upgrade_from_two_heads_applies_the_merge_too() {
        MigrationPlan plan = Graphs.diamond().planUpgrade(Set.of("d1", "d2"), "head");
        assertThat(plan.revisions()).containsExactly("m", "e");
    }

    @Test
    void independent_bases_are_upgraded_separately() {
        RevisionGraph graph = Graphs.twoBases();
        assertThat(graph.planUpgrade(Set.of(), "audit@head").revisions()).containsExactly("audit1", "audit2");
        MigrationPlan all = graph.planUpgrade(Set.of("audit2"), "heads");
        assertThat(all.revisions()).containsExactly("app1", "app2");
        assertThat(all.versions().after()).containsExactly("app2", "audit2");
    }

    @Test
    void an_upgrade_cannot_go_down() {
        assertThatThrownBy(() -> Graphs.linear(3).planUpgrade(Set.of("r002"), "-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("use `db downgrade -1` instead");
    }

    @Test
    void the_plan_remembers_the_target_as_written() {
        assertThat(Graphs.linear(3).planUpgrade(Set.of(), "+2").target()).isEqualTo("+2");
    }
}
