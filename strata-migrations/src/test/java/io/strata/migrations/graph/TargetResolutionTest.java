package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

    private final RevisionGraph chain = Graphs.linear(5);
    private final RevisionGraph forked = Graphs.forked();
    private final RevisionGraph diamond = Graphs.diamond();

    @Test
    void base_head_and_heads_are_symbols() {
        assertThat(chain.resolve("base")).isEmpty();
        assertThat(chain.resolve("head")).containsExactly("r004");
        assertThat(forked.resolve("heads")).containsExactly("c1", "c2");
    }

    @Test
    void head_with_several_heads_is_an_error_but_heads_is_fine() {
        assertThatThrownBy(() -> forked.resolve("head"))
                .isInstanceOfSatisfying(MultipleHeadsException.class, e -> assertThat(e.target()).isEqualTo("head"));
    }

    @Test
    void a_full_id_or_a_unique_prefix_names_a_revision() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("ae1027"), RevisionNode.of("ae2b44", "ae1027"),
                RevisionNode.of("f00d", "ae2b44")));
        assertThat(graph.resolve("ae2b44")).containsExactly("ae2b44");
        assertThat(graph.resolve("ae2")).containsExactly("ae2b44");
        assertThat(graph.resolve("f")).containsExactly("f00d");
    }

    @Test
    void an_ambiguous_prefix_lists_the_candidates() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("ae1027"), RevisionNode.of("ae2b44", "ae1027")));
        AmbiguousRevisionException e = catchThrowableOfType(AmbiguousRevisionException.class, () -> graph.resolve("ae"));
        assertThat(e.prefix()).isEqualTo("ae");
        assertThat(e.candidates()).containsExactly("ae1027", "ae2b44");
        assertThat(e).hasMessageContaining("type more characters");
    }

    @Test
    void an_unknown_target_suggests_db_history() {
        assertThatThrownBy(() -> chain.resolve("nope"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("'nope'")
                .hasMessageContaining("db history");
    }

    @Test
    void malformed_targets_list_the_accepted_forms() {
        for (String bad : List.of("", "a:b", "+", "@head", "a@", "r001+x", "-1-1")) {
            assertThatThrownBy(() -> chain.resolve(bad), bad)
                    .isInstanceOf(InvalidTargetException.class)
                    .hasMessageContaining("use head, heads, base");
        }
    }

    @Test
    void a_branch_label_names_its_revision_and_label_at_head_the_head_of_its_branch() {
        assertThat(diamond.resolve("left")).containsExactly("c1");
        assertThat(forked.resolve("left@head")).containsExactly("c1");
        assertThat(forked.resolve("right@heads")).containsExactly("c2");
        assertThat(diamond.resolve("right@head")).containsExactly("e");
        assertThat(Graphs.twoBases().resolve("audit@head")).containsExactly("audit2");
    }

    @Test
    void a_revision_id_can_stand_for_a_branch() {
        assertThat(forked.resolve("c2@head")).containsExactly("c2");
        assertThat(forked.resolve("a@heads")).containsExactly("c1", "c2");
    }

    @Test
    void a_revision_outside_the_named_branch_is_refused() {
        assertThatThrownBy(() -> forked.resolve("left@c2"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("revision c2 is not on branch left");
        assertThatThrownBy(() -> forked.resolve("nobranch@head")).isInstanceOf(UnknownRevisionException.class);
    }

    @Test
    void plus_and_minus_n_are_relative_to_the_current_revision() {
        assertThat(chain.resolve("+2", Set.of("r001"))).containsExactly("r003");
        assertThat(chain.resolve("-1", Set.of("r001"))).containsExactly("r000");
        assertThat(chain.resolve("-2", Set.of("r001"))).isEmpty();
        assertThat(chain.resolve("+1", Set.of())).containsExactly("r000");
    }

    @Test
    void id_plus_n_and_id_minus_n_are_relative_to_that_revision() {
        assertThat(chain.resolve("r001+3")).containsExactly("r004");
        assertThat(chain.resolve("r003-2")).containsExactly("r001");
        assertThat(chain.resolve("head-1")).containsExactly("r003");
        assertThat(chain.resolve("base+1")).containsExactly("r000");
    }

    @Test
    void going_past_the_head_says_how_far_it_could_go() {
        RevisionOutOfRangeException e = catchThrowableOfType(RevisionOutOfRangeException.class,
                () -> chain.resolve("+3", Set.of("r002")));
        assertThat(e.start()).isEqualTo("r002");
        assertThat(e.requested()).isEqualTo(3);
        assertThat(e.available()).isEqualTo(2);
        assertThat(e).hasMessageContaining("goes 3 revision(s) up from r002 but there are only 2 above it")
                .hasMessageContaining("use 'head'");
    }

    @Test
    void going_below_the_base_says_to_use_base() {
        RevisionOutOfRangeException e = catchThrowableOfType(RevisionOutOfRangeException.class,
                () -> chain.resolve("r001-3"));
        assertThat(e.available()).isEqualTo(2);
        assertThat(e).hasMessageContaining("use 'base'");
        assertThatThrownBy(() -> chain.resolve("-1", Set.of())).isInstanceOf(RevisionOutOfRangeException.class);
    }

    @Test
    void walking_up_into_a_fork_is_ambiguous_unless_a_branch_is_named() {
        AmbiguousTargetException e = catchThrowableOfType(AmbiguousTargetException.class,
                () -> forked.resolve("+1", Set.of("b")));
        assertThat(e.candidates()).containsExactly("c1", "c2");
        assertThat(e).hasMessageContaining("b has several children (c1, c2); name the revision, e.g. 'c1'");
        assertThat(forked.resolve("right@+1", Set.of("b"))).containsExactly("c2");
        assertThat(forked.resolve("right@+3", Set.of())).containsExactly("c2");
    }

    @Test
    void relative_to_several_current_heads_is_ambiguous_unless_a_branch_is_named() {
        assertThatThrownBy(() -> forked.resolve("-1", Set.of("c1", "c2")))
                .isInstanceOfSatisfying(AmbiguousTargetException.class,
                        e -> assertThat(e.candidates()).containsExactly("c1", "c2"))
                .hasMessageContaining("walk from one of them, e.g. 'c1-1', or name a branch, e.g. 'label@-1'");
        assertThat(forked.resolve("left@-1", Set.of("c1", "c2"))).containsExactly("b");
    }

    @Test
    void one_step_down_from_a_merge_reaches_all_its_parents_but_further_is_ambiguous() {
        assertThat(diamond.resolve("m-1")).containsExactly("d1", "d2");
        assertThatThrownBy(() -> diamond.resolve("m-2")).isInstanceOf(AmbiguousTargetException.class)
                .hasMessageContaining("m merges several parents");
        assertThat(diamond.resolve("left@m-2")).containsExactly("c1");
    }

    @Test
    void several_bases_make_plus_n_from_nothing_ambiguous_unless_a_branch_is_named() {
        RevisionGraph graph = Graphs.twoBases();
        assertThatThrownBy(() -> graph.resolve("+1")).isInstanceOf(AmbiguousTargetException.class)
                .hasMessageContaining("several bases");
        assertThat(graph.resolve("audit@+2")).containsExactly("audit2");
    }

    @Test
    void the_current_versions_must_exist_and_be_heads_of_what_is_applied() {
        assertThatThrownBy(() -> chain.resolve("+1", Set.of("gone")))
                .isInstanceOf(InvalidVersionSetException.class)
                .hasMessageContaining("revision gone is not among the known revisions");
        assertThatThrownBy(() -> chain.resolve("+1", Set.of("r001", "r003")))
                .isInstanceOf(InvalidVersionSetException.class)
                .hasMessageContaining("revision r001 lies below r003");
    }
}
