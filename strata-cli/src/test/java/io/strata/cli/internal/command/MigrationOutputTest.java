package io.strata.cli.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.graph.VersionChange;
import io.strata.migrations.runner.AppliedRevision;
import io.strata.migrations.runner.MigrationCommand;
import io.strata.migrations.runner.MigrationResult;

/** What {@code db upgrade} prints of the revisions it ran. */
class MigrationOutputTest {

    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(RevisionNode.of("a1"), RevisionNode.of("b2", "a1")));

    @Test
    void aResumedRevisionSaysWhichOperationsItSkipped() {
        MigrationResult result = new MigrationResult(MigrationCommand.UPGRADE, "heads",
                new VersionChange(Set.of("a1"), Set.of("b2")), List.of(new AppliedRevision("b2", Direction.UPGRADE,
                        "stores", Duration.ofMillis(12), List.of("createTable store", "createIndex ix_store_name on store"))),
                Duration.ofMillis(15));

        assertThat(print(result)).containsExactly(
                "Resuming b2 after an earlier run that was cut off: skipped operations 1 to 2, which had committed"
                        + " (createTable store, createIndex ix_store_name on store)",
                "Running upgrade a1 -> b2, stores ... 12 ms",
                "Upgraded to b2 (1 revision, 15 ms).");
    }

    @Test
    void aRevisionRunWholeSaysNothingOfSkipping() {
        MigrationResult result = new MigrationResult(MigrationCommand.UPGRADE, "heads",
                new VersionChange(Set.of("a1"), Set.of("b2")),
                List.of(new AppliedRevision("b2", Direction.UPGRADE, "stores", Duration.ofMillis(12))), Duration.ofMillis(15));

        assertThat(print(result)).noneMatch(line -> line.contains("skipped") || line.contains("Resuming"));
    }

    private static List<String> print(MigrationResult result) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            MigrationOutput.print(out, GRAPH, result);
        }
        return text.toString().lines().toList();
    }
}
