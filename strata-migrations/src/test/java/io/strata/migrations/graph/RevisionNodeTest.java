package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionNodeTest {

    @Test
    void a_revision_without_parents_is_a_base_and_one_with_several_is_a_merge() {
        assertThat(RevisionNode.of("a").isBase()).isTrue();
        assertThat(RevisionNode.of("m", "x", "y").isMerge()).isTrue();
        assertThat(RevisionNode.of("b", "a").isMerge()).isFalse();
    }

    @Test
    void labels_are_sorted_and_a_missing_message_is_empty() {
        RevisionNode node = new RevisionNode("a", List.of(), Set.of("zeta", "alpha"), null);
        assertThat(node.branchLabels()).containsExactly("alpha", "zeta");
        assertThat(node.message()).isEmpty();
    }

    @Test
    void ids_with_target_syntax_are_rejected_naming_the_character_rule() {
        assertThatThrownBy(() -> RevisionNode.of("ab-12"))
                .isInstanceOf(InvalidRevisionException.class)
                .hasMessageContaining("'ab-12'")
                .hasMessageContaining("letters, digits and '_'")
                .extracting(e -> ((InvalidRevisionException) e).revisionId()).isEqualTo("ab-12");
        assertThatThrownBy(() -> RevisionNode.of("a@b")).isInstanceOf(InvalidRevisionException.class);
        assertThatThrownBy(() -> RevisionNode.of(" ")).isInstanceOf(InvalidRevisionException.class);
    }

    @Test
    void reserved_words_cannot_be_ids_or_labels() {
        assertThatThrownBy(() -> RevisionNode.of("head")).hasMessageContaining("reserved word");
        assertThatThrownBy(() -> RevisionNode.of("a").withLabels("base")).hasMessageContaining("reserved word");
    }

    @Test
    void a_parent_listed_twice_is_rejected() {
        assertThatThrownBy(() -> RevisionNode.of("m", "a", "a"))
                .isInstanceOf(InvalidRevisionException.class)
                .hasMessageContaining("lists parent a twice");
    }
}
