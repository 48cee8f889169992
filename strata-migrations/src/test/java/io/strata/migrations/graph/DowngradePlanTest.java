package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DowngradePlanTest {

    @Test
    void downgrading_by_one_reverts_the_current_revision() {
        MigrationPlan plan = Graphs.linear(3).planDowngrade(Set.of("r002"), "-1");
        assertThat(plan.direction()).isEqualTo(Direction.DOWNGRADE);
        assertThat(plan.revisions()).containsExactly("r002");
        assertThat(plan.steps().get(0).direction()).isEqualTo(Direction.DOWNGRADE);
        assertThat(plan.steps().get(0).versions().removed()).containsExactly("r002");
        assertThat(plan.steps().get(0).versions().added()).containsExactly("r001");
    }

    @Test
    void downgrading_to_base_reverts_everything_newest_first_and_empties_the_table() {
        MigrationPlan plan = Graphs.linear(3).planDowngrade(Set.of("r002"), "base");
        assertThat(plan.revisions()).containsExactly("r002", "r001", "r000");
        assertThat(plan.steps().get(2).versions().after()).isEmpty();
        assertThat(plan.versions().after()).isEmpty();
    }

    @Test
    void downgrading_to_a_revision_keeps_it() {
        assertThat(Graphs.linear(5).planDowngrade(Set.of("r004"), "r001").revisions())
                .containsExactly("r004", "r003", "r002");
    }

    @Test
    void downgrading_to_the_current_revision_needs_nothing() {
        assertThat(Graphs.linear(5).planDowngrade(Set.of("r004"), "head").isEmpty()).isTrue();
    }

    @Test
    void downgrading_to_a_revision_that_is_not_applied_says_to_upgrade_instead() {
        assertThatThrownBy(() -> Graphs.linear(5).planDowngrade(Set.of("r001"), "r003"))
                .isInstanceOfSatisfying(InvalidTargetException.class, e -> assertThat(e.target()).isEqualTo("r003"))
                .hasMessageContaining("revision r003 is not applied (the database is at r001)")
                .hasMessageContaining("db upgrade r003");
    }

    @Test
    void a_downgrade_cannot_go_up() {
        assertThatThrownBy(() -> Graphs.linear(3).planDowngrade(Set.of("r000"), "+1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("use `db upgrade +1` instead");
    }

    @Test
    void undoing_a_merge_puts_both_parents_back_in_the_version_table() {
        MigrationPlan plan = Graphs.diamond().planDowngrade(Set.of("m"), "-1");
        assertThat(plan.revisions()).containsExactly("m");
        assertThat(plan.steps().get(0).versions().removed()).containsExactly("m");
        assertThat(plan.steps().get(0).versions().added()).containsExactly("d1", "d2");
    }

    @Test
    void downgrading_one_parent_of_a_merge_reverts_what_depends_on_it_and_keeps_the_other_branch() {
        MigrationPlan plan = Graphs.diamond().planDowngrade(Set.of("e"), "c1");
        assertThat(plan.revisions()).containsExactly("e", "m", "d1");
        assertThat(plan.versions().after()).containsExactly("c1", "d2");
    }

    @Test
    void downgrading_below_a_branch_point_reverts_both_branches() {
        MigrationPlan plan = Graphs.forked().planDowngrade(Set.of("c1", "c2"), "a");
        assertThat(plan.revisions()).containsExactly("c1", "c2", "b");
        MigrationStep first = plan.steps().get(0);
        assertThat(first.versions().added()).as("b still has c2 applied above it").isEmpty();
        MigrationStep second = plan.steps().get(1);
        assertThat(second.versions().added()).containsExactly("b");
        assertThat(plan.versions().after()).containsExactly("a");
    }

    @Test
    void downgrading_to_the_branch_point_keeps_it_and_reverts_both_branches() {
        assertThat(Graphs.forked().planDowngrade(Set.of("c1", "c2"), "b").revisions()).containsExactly("c1", "c2");
    }

    @Test
    void downgrading_one_branch_by_label_leaves_the_other_alone() {
        MigrationPlan plan = Graphs.forked().planDowngrade(Set.of("c1", "c2"), "right@-1");
        assertThat(plan.revisions()).containsExactly("c2");
        assertThat(plan.versions().after()).containsExactly("c1");
    }

    @Test
    void downgrading_a_branch_to_its_branch_point_keeps_the_sibling_branch() {
        MigrationPlan plan = Graphs.forked().planDowngrade(Set.of("c1", "c2"), "left@b");
        assertThat(plan.revisions()).containsExactly("c1");
        assertThat(plan.versions().after()).containsExactly("c2");
    }

    @Test
    void label_at_base_reverts_a_whole_independent_branch_and_nothing_else() {
        MigrationPlan plan = Graphs.twoBases().planDowngrade(Set.of("app2", "audit2"), "audit@base");
        assertThat(plan.revisions()).containsExactly("audit2", "audit1");
        assertThat(plan.versions().after()).containsExactly("app2");
    }

    @Test
    void label_at_base_keeps_the_trunk_another_applied_branch_still_needs() {
        MigrationPlan plan = Graphs.forked().planDowngrade(Set.of("c1", "c2"), "right@base");
        assertThat(plan.revisions()).containsExactly("c2");
    }

    @Test
    void minus_n_past_the_base_is_an_error() {
        assertThatThrownBy(() -> Graphs.linear(2).planDowngrade(Set.of("r001"), "-3"))
                .isInstanceOf(RevisionOutOfRangeException.class)
                .hasMessageContaining("only 2 below it; use 'base'");
        assertThat(Graphs.linear(2).planDowngrade(Set.of("r001"), "-2").revisions()).containsExactly("r001", "r000");
    }

    @Test
    void downgrading_an_empty_database_to_base_needs_nothing() {
        assertThat(Graphs.linear(2).planDowngrade(Set.of(), "base").isEmpty()).isTrue();
    }
}
