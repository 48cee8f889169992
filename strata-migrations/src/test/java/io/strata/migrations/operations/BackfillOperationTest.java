package io.strata.migrations.operations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyAdvisor;
import io.strata.migrations.safety.SafetyPlan;
import io.strata.migrations.schema.Schema;

class BackfillOperationTest {

    private static final Schema BOOKS = new Ops().createTable("book", t -> t
            .column("id", bigint(), c -> c.notNull())
            .column("title", varchar(100))
            .column("slug", varchar(100))
            .primaryKey("pk_book", "id")).operations().get(0).applyTo(Schema.empty());

    private static Backfill backfill(java.util.function.Consumer<BackfillBuilder> spec) {
        return (Backfill) new Ops().backfill("book", spec).operations().get(0);
    }

    @Test
    void theBuilderRecordsAssignmentsInOrderWithDefaults() {
        Backfill op = backfill(b -> b.set("slug", "lower(title)", Map.of("mariadb", "lcase(title)")).set("title", "trim(title)"));
        assertThat(op.table()).isEqualTo("book");
        assertThat(op.assignments()).extracting(Backfill.Assignment::column).containsExactly("slug", "title");
        assertThat(op.assignments().get(0).sqlFor("mariadb")).isEqualTo("lcase(title)");
        assertThat(op.assignments().get(0).sqlFor("postgresql")).isEqualTo("lower(title)");
        assertThat(op.batchSize()).isEqualTo(Backfill.DEFAULT_BATCH_SIZE);
        assertThat(op.where()).isEmpty();
        assertThat(op.pause()).isZero();
        assertThat(op.rowsPerSecond()).isZero();
        assertThat(op.throttled()).isFalse();
        assertThat(backfill(b -> b.set("slug", "1").pause(Duration.ofMillis(5))).throttled()).isTrue();
        assertThat(backfill(b -> b.set("slug", "1").rowsPerSecond(10)).throttled()).isTrue();
    }

    @Test
    void badArgumentsAreRefusedWithWhatToGive() {
        assertThatThrownBy(() -> backfill(b -> { })).hasMessage("backfill of book sets no column: call set(column, expression)");
        assertThatThrownBy(() -> backfill(b -> b.set("slug", " "))).hasMessageContaining("backfill expression for column slug");
        assertThatThrownBy(() -> backfill(b -> b.set("slug", "1").batchSize(0)))
                .hasMessage("backfill of book: the batch size must be at least 1, was 0");
        assertThatThrownBy(() -> backfill(b -> b.set("slug", "1").pause(Duration.ofMillis(-1))))
                .hasMessageContaining("the pause must be zero or positive");
        assertThatThrownBy(() -> backfill(b -> b.set("slug", "1").rowsPerSecond(-5)))
                .hasMessageContaining("rows per second must be positive (or 0 for no cap), was -5");
        assertThatThrownBy(() -> backfill(b -> b.set("slug", "1").where(""))).hasMessageContaining("blank condition");
    }

    @Test
    void itLeavesTheSchemaAsItIsButNeedsItsTableAndColumns() {
        assertThat(backfill(b -> b.set("slug", "lower(title)")).applyTo(BOOKS)).isEqualTo(BOOKS);
        assertThatThrownBy(() -> backfill(b -> b.set("isbn", "''")).applyTo(BOOKS)).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("cannot backfill column isbn: table book has no column isbn");
        assertThatThrownBy(() -> new Ops().backfill("author", b -> b.set("name", "''")).operations().get(0).applyTo(BOOKS))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("the schema has no table author");
    }

    @Test
    void itHasNoReverseIsCompatibleAndLosesNoData() {
        Backfill op = backfill(b -> b.set("slug", "lower(title)"));
        assertThat(op.reverse()).isEmpty();
        assertThat(op.losesData()).isFalse();
        Verdict verdict = CompatibilityClassifier.classify(List.of(new AddColumn("book", io.strata.migrations.schema.Column.of("n", bigint())), op), BOOKS);
        assertThat(verdict.isCompatible()).as(verdict.reason()).isTrue();
    }

    @Test
    void itsSafetyPlanIsRowLocksPerBatchWithNoTableLock() {
        Backfill op = backfill(b -> b.set("slug", "lower(title)"));
        for (String database : List.of("postgresql", "mariadb", "sqlite", "h2")) {
            OperationSafety safety = SafetyAdvisor.forDatabase(database).assess(op, BOOKS);
            assertThat(safety.blocksReads()).as(database).isFalse();
            assertThat(safety.blocksWrites()).as(database).isFalse();
            assertThat(safety.lock()).as(database).endsWith("per batch");
            assertThat(safety.table()).isEqualTo("book");
        }
        assertThat(SafetyAdvisor.forDatabase("postgresql").assess(op, BOOKS).summary())
                .isEqualTo("ROW EXCLUSIVE, row locks per batch on book (blocks neither reads nor writes), rewrites the table");
        // the line db show and db migrate print
        assertThat(SafetyPlan.of("mariadb", List.of(op), BOOKS).lines()).containsExactly(
                "backfill book (slug): row locks per batch on book (blocks neither reads nor writes), rewrites the table");
    }
}
