package io.strata.migrations.writer;

import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.RevisionSet;

/** The revision writer emits a backfill as the {@code ops.backfill} call that builds it again. */
class BackfillSourceTest {

    private static final RevisionWriter WRITER = RevisionWriter.forPackage("gen.backfill.migrations")
            .withClock(Clock.fixed(Instant.parse("2026-12-05T18:00:00Z"), ZoneOffset.UTC)).withIds(() -> "b4c0ffee0001");

    private static final List<Operation> UPGRADE = new Ops()
            .addColumn("book", "slug", varchar(120))
            .backfill("book", b -> b
                    .set("slug", "lower(title)", Map.of("mariadb", "lcase(title)"))
                    .set("note", "'it''s \"done\"'")
                    .where("slug IS NULL")
                    .batchSize(5_000)
                    .pause(Duration.ofMillis(250))
                    .rowsPerSecond(20_000))
            .backfill("book", b -> b.set("n", "n + 1"))
            .operations();

    private static final List<Operation> DOWNGRADE = new Ops().dropColumn("book", "slug").operations();

    @Test
    void writesEveryOptionSetAndOnlyThose() {
        String text = WRITER.revision("fill slugs", List.of("a1"), UPGRADE, DOWNGRADE).text();
        assertThat(text).contains("""
                        ops.backfill("book", b -> b
                                .set("slug", "lower(title)", Map.of("mariadb", "lcase(title)"))
                                .set("note", "'it''s \\"done\\"'")
                                .where("slug IS NULL")
                                .batchSize(5000)
                                .pause(Duration.ofMillis(250))
                                .rowsPerSecond(20000));
                        ops.backfill("book", b -> b
                                .set("n", "n + 1"));
                """).contains("import java.time.Duration;", "import java.util.Map;");
    }

    @Test
    void theWrittenRevisionCompilesAndRecordsTheSameOperations(@TempDir Path dir) throws Exception {
        RevisionSource source = WRITER.revision("fill slugs", List.of(), UPGRADE, DOWNGRADE);
        source.writeTo(dir.resolve("src"));
        RevisionSet revisions = RevisionSet.ofClasses(GeneratedRevisionsTest.load(
                GeneratedRevisionsTest.compile(List.of(source), dir.resolve("src"), dir.resolve("classes")), List.of(source)));
        assertThat(revisions.revision("b4c0ffee0001").operations(Direction.UPGRADE)).isEqualTo(UPGRADE);
    }
}
