package io.strata.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A realistic project size: the answers must stay right (speed is measured in benchmarks). */
class LongChainTest {

    private final RevisionGraph graph = Graphs.linear(500);

    @Test
    void five_hundred_revisions_have_one_head_and_one_base() {
        assertThat(graph.size()).isEqualTo(500);
        assertThat(graph.head()).contains("r499");
        assertThat(graph.bases()).containsExactly("r000");
        assertThat(graph.ancestors("r499")).hasSize(499);
    }

    @Test
    void history_is_newest_first() {
        assertThat(graph.history().get(0).id()).isEqualTo("r499");
        assertThat(graph.history().get(499).id()).isEqualTo("r000");
    }

    @Test
    void a_full_upgrade_and_downgrade_are_mirror_images() {
        MigrationPlan up = graph.planUpgrade(Set.of(), "head");
        assertThat(up.steps()).hasSize(500);
        assertThat(up.revisions().get(0)).isEqualTo("r000");
        MigrationPlan down = graph.planDowngrade(Set.of("r499"), "base");
        List<String> reversed = new ArrayList<>(up.revisions());
        Collections.reverse(reversed);
        assertThat(down.revisions()).isEqualTo(reversed);
    }

    @Test
    void relative_targets_walk_the_whole_chain() {
        assertThat(graph.resolve("+500")).containsExactly("r499");
        assertThat(graph.resolve("head-499")).containsExactly("r000");
        assertThat(graph.planDowngrade(Set.of("r499"), "-100").steps()).hasSize(100);
    }
}
