package io.strata.examples.bookstore.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;

/** The committed revisions are the seed's history, as Strata's autogenerate writes it. */
class GenerateRevisionsTest {

    private static final Schema MODELS = GenerateRevisions.modelSchema();

    @Test
    void replaying_the_committed_revisions_gives_exactly_the_models_schema() {
        RevisionSet revisions = RevisionSet.scan(GenerateRevisions.MIGRATIONS);

        assertThat(SchemaComparison.between(revisions.schemaAtHeads(), MODELS).report()).isEmpty();
        assertThat(SchemaDiff.between(revisions.schemaAtHeads(), MODELS).isEmpty()).isTrue();
    }

    @Test
    void the_committed_revisions_are_one_chain_of_the_three_steps_of_the_seed() {
        RevisionSet revisions = RevisionSet.scan(GenerateRevisions.MIGRATIONS);
        List<String> chain = chain(revisions);

        assertThat(chain).hasSize(GenerateRevisions.HISTORY.size());
        for (int i = 0; i < chain.size(); i++) {
            GenerateRevisions.Step step = GenerateRevisions.HISTORY.get(i);
            assertThat(revisions.revision(chain.get(i)).node().message()).isEqualTo(step.message());
            assertThat(SchemaComparison.between(revisions.schemaAt(chain.get(i)), step.schema(MODELS)).report())
                    .as("schema after " + step.message()).isEmpty();
        }
    }

    @Test
    void autogenerate_from_an_empty_history_writes_the_committed_revisions(@TempDir Path dir) {
        AtomicInteger ids = new AtomicInteger();
        RevisionWriter writer = RevisionWriter.forPackage(GenerateRevisions.MIGRATIONS)
                .withClock(Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC))
                .withIds(() -> "generated" + ids.incrementAndGet());

        GenerateRevisions.Generated generated = GenerateRevisions.generate(MODELS, RevisionSet.empty(), writer,
                dir.resolve("src"), dir.resolve("classes"));

        RevisionSet committed = RevisionSet.scan(GenerateRevisions.MIGRATIONS);
        List<String> committedChain = chain(committed);
        List<String> generatedChain = chain(generated.revisions());
        assertThat(generated.written()).hasSize(committedChain.size());
        assertThat(generatedChain).containsExactly("generated1", "generated2", "generated3");
        for (int i = 0; i < committedChain.size(); i++) {
            MigrationRevision mine = generated.revisions().revision(generatedChain.get(i));
            MigrationRevision theirs = committed.revision(committedChain.get(i));
            for (Direction direction : Direction.values()) {
                assertThat(mine.operations(direction)).as(direction + " of " + theirs.source())
                        .isEqualTo(theirs.operations(direction));
            }
            assertThat(mine.node().message()).isEqualTo(theirs.node().message());
        }
    }

    @Test
    void autogenerate_writes_nothing_when_every_step_is_captured(@TempDir Path dir) {
        List<RevisionSource> generated = GenerateRevisions.generate(MODELS, RevisionSet.scan(GenerateRevisions.MIGRATIONS),
                RevisionWriter.forPackage(GenerateRevisions.MIGRATIONS), dir.resolve("src"), dir.resolve("classes")).written();

        assertThat(generated).isEmpty();
    }

    /** The revision ids from base to head (the history is linear). */
    private static List<String> chain(RevisionSet revisions) {
        java.util.ArrayList<String> chain = new java.util.ArrayList<>();
        String id = revisions.graph().head().orElseThrow();
        while (id != null) {
            chain.add(0, id);
            List<String> parents = revisions.revision(id).node().parents();
            assertThat(parents).as("parents of " + id).hasSizeLessThanOrEqualTo(1);
            id = parents.isEmpty() ? null : parents.get(0);
        }
        return chain;
    }

}
