package io.strata.migrations.policy;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.safety.Effect;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyAdvisor;

/** The policy gate judges each operation of the revisions it checks, with opt-outs written in the revisions. */
class PolicyTest {

    /** Blocks writes while it scans for an index built without CONCURRENTLY, instant otherwise. */
    static final SafetyAdvisor ADVISOR = (op, before) -> op instanceof CreateIndex create && !create.concurrently()
            ? new OperationSafety(create.table(), "SHARE", false, true, Effect.SCAN, "CREATE INDEX CONCURRENTLY", "https://example.org")
            : new OperationSafety(null, "ACCESS EXCLUSIVE", true, true, Effect.INSTANT, null, "https://example.org");

    @Revision(id = "r1", message = "books")
    public static final class CreateBook implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createTable("book", t -> t.column("id", bigint(), c -> c.notNull()).column("title", varchar(100))
                    .column("note", varchar(100)).primaryKey("pk_book", "id"));
        }

        @Override
        public void downgrade(Ops ops) {
            ops.dropTable("book");
        }
    }

    @Revision(id = "r2", parents = "r1", message = "unsafe")
    public static final class Unsafe implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.addColumn("book", "pages", integer());
            ops.addColumn("book", "rating", integer(), c -> c.notNull());
            ops.createUniqueConstraint("uq_book_title", "book", "title");
            ops.createIndex("ix_book_note", "book", "note");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "safe forms and opt-outs")
    @AllowUnsafe(rule = "data-dependent", reason = "titles were deduplicated by r1b")
    public static final class Safe implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.addColumn("book", "rating", integer(), c -> c.notNull().serverDefault("0"));
            ops.allowUnsafe("breaking-for-replicas", "the running release never writes titles")
                    .createUniqueIndexConcurrently("uq_book_title", "book", "title");
            ops.createIndexConcurrently("ix_book_note", "book", "note");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "drops and long names")
    public static final class DropAndLongName implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.dropColumn("book", "note");
            // Too long only where the revision's code takes a dialect's branch: names every database gets
            // are checked when the revisions load (IdentifierLimitsAtLoadTest).
            ops.addColumn("book", ops.context().dialect().equals("postgresql") ? "c".repeat(64) : "c", integer());
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "new table", compatible = "old code never reads book.note")
    public static final class DeclaredCompatible implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createTable("shelf", t -> t.column("id", bigint(), c -> c.notNull()).column("label", varchar(20))
                    .primaryKey("pk_shelf", "id"));
            ops.createIndex("ix_shelf_label", "shelf", "label");
            ops.addColumn("shelf", "size", integer(), c -> c.notNull());
            ops.dropConstraint("pk_book", "book", ConstraintKind.PRIMARY_KEY);
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "drop book.note (contract)", contract = "column book.note")
    public static final class Contract implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.dropConstraint("pk_book", "book", ConstraintKind.PRIMARY_KEY);
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "constraints on existing rows")
    public static final class Constraints implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("0"));
            ops.alterColumn("book", "title", a -> a.nullable(false));
            ops.createCheckConstraint("ck_book_pages", "book", "pages >= 0");
            ops.createTable("shelf", t -> t.column("id", bigint(), c -> c.notNull()).primaryKey("pk_shelf", "id"));
            ops.addColumn("book", "shelf_id", bigint());
            ops.createForeignKey("fk_book_shelf_id_shelf", "book", "shelf_id", "shelf", "id");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "misspelt rule")
    public static final class MisspeltRule implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.allowUnsafe("blockng", "small table").createIndex("ix_book_note", "book", "note");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "dangling opt-out")
    public static final class Dangling implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createIndex("ix_book_note", "book", "note").allowUnsafe("blocking", "small table");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    @Revision(id = "r2", parents = "r1", message = "no reason")
    @AllowUnsafe(rule = "blocking", reason = " ")
    public static final class NoReason implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createIndex("ix_book_note", "book", "note");
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }

    private static Policy.Builder policy() {
        return Policy.builder().databases(List.of("postgresql")).advisor("postgresql", ADVISOR);
    }

    private static RevisionSet with(Class<? extends Migration> second) {
        return RevisionSet.ofClasses(CreateBook.class, second);
    }

    @Test
    void eachUnsafeOperationIsOneFindingListingEveryRuleItTripsWithItsFix() {
        PolicyReport report = policy().build().checkRange(with(Unsafe.class), "r1:head");

        assertThat(report.passed()).isFalse();
        assertThat(report.revisions()).containsExactly("r2");
        assertThat(report.findings()).extracting(Finding::operation).containsExactly(
                "addColumn book.rating", "createUniqueConstraint uq_book_title on book", "createIndex ix_book_note on book");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.revision()).isEqualTo("r2");
            assertThat(f.table()).isEqualTo("book");
            assertThat(f.failing()).isTrue();
        });
        assertThat(report.findings().get(0).rules()).containsExactly(Policy.BREAKING_FOR_REPLICAS, Policy.NOT_NULL_WITHOUT_DEFAULT);
        assertThat(report.findings().get(1).rules()).containsExactly(Policy.BREAKING_FOR_REPLICAS, Policy.DATA_DEPENDENT);
        assertThat(report.findings().get(1).violations().get(1).problem()).contains("duplicates of (title)");
        assertThat(report.findings().get(2).rules()).containsExactly(Policy.BLOCKING);
        assertThat(report.findings().get(2).violations().get(0).problem()).contains("postgresql (SHARE, blocks writes, scan)");
        assertThat(report.findings().get(2).violations().get(0).fix()).isEqualTo("CREATE INDEX CONCURRENTLY");
        assertThat(report.text()).contains("FAIL  r2 createIndex ix_book_note on book [blocking]", "fix: CREATE INDEX CONCURRENTLY",
                "Policy failed: 3 failing findings, 0 allowed, in 1 revision checked.");
    }

    @Test
    void theSafeFormsAndOptOutsWithReasonsPassAndTheReportShowsTheReasons() {
        PolicyReport report = policy().build().checkRange(with(Safe.class), "r1:");

        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.operation()).isEqualTo("createIndex uq_book_title on book");
            assertThat(f.failing()).isFalse();
            assertThat(f.violations()).extracting(RuleViolation::rule, RuleViolation::allowedBecause).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Policy.BREAKING_FOR_REPLICAS, "the running release never writes titles"),
                    org.assertj.core.groups.Tuple.tuple(Policy.DATA_DEPENDENT, "titles were deduplicated by r1b"));
        });
        assertThat(report.text()).contains("ALLOW r2", "allowed: titles were deduplicated by r1b",
                "Policy passed: 0 failing findings, 1 allowed");
    }

    @Test
    void tablesTheCheckedRevisionsCreateHoldNoRowsAndNoRunningCodeReadsThem() {
        PolicyReport report = policy().build().checkRange(with(DeclaredCompatible.class), "r1:");

        // shelf is new: its index and NOT NULL column are fine; dropping book's key is breaking, but declared compatible.
        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.operation()).isEqualTo("dropConstraint pk_book on book");
            assertThat(f.violations()).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(Policy.BREAKING_FOR_REPLICAS);
                assertThat(v.allowedBecause()).isEqualTo("declared compatible: old code never reads book.note");
            });
        });
        // From base every table is new: nothing is judged unsafe.
        assertThat(policy().build().checkRange(with(Unsafe.class), "base:r1").findings()).isEmpty();
    }

    @Test
    void aContractRevisionIsAllowedToBreakReplicasForItWaitsUntilTheyAreGone() {
        PolicyReport report = policy().build().checkRange(with(Contract.class), "r1:");

        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Policy.BREAKING_FOR_REPLICAS);
                    assertThat(v.allowedBecause()).startsWith("contract revision: runs only with db upgrade --contract");
                }));
    }

    @Test
    void destructiveOperationsAndNamesLongerThanTheSmallestLimitAreFound() {
        // Judged for one database, the revisions are recorded as for it (with several, as for none).
        PolicyReport report = Policy.builder().databases(List.of("postgresql")).advisor("postgresql", ADVISOR).build()
                .checkRange(with(DropAndLongName.class), "r1:");

        assertThat(report.findings()).hasSize(2);
        assertThat(report.findings().get(0).rules()).containsExactly(Policy.DESTRUCTIVE, Policy.BREAKING_FOR_REPLICAS);
        assertThat(report.findings().get(0).violations().get(0).problem()).isEqualTo("drops column book.note and every value in it");
        assertThat(report.findings().get(1).rules()).containsExactly(Policy.IDENTIFIER_LENGTH);
        assertThat(report.findings().get(1).violations().get(0).problem())
                .isEqualTo("column '" + "c".repeat(64) + "' on table book is 64 characters, longer than PostgreSQL's limit of 63");

        PolicyReport onH2 = Policy.builder().databases(List.of("h2")).advisor("h2", ADVISOR).build()
                .checkRange(with(DropAndLongName.class), "r1:");
        assertThat(onH2.findings()).extracting(Finding::rules).containsExactly(List.of(Policy.DESTRUCTIVE, Policy.BREAKING_FOR_REPLICAS));
    }

    @Test
    void constraintsAddedToExistingRowsAreDataDependentAndAColumnWithADefaultIsNot() {
        PolicyReport report = policy().disable(Policy.BREAKING_FOR_REPLICAS).build().checkRange(with(Constraints.class), "r1:");

        assertThat(report.findings()).extracting(Finding::operation).containsExactly("alterColumn book.title",
                "createCheckConstraint ck_book_pages on book", "createForeignKey fk_book_shelf_id_shelf on book");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.rules()).containsExactly(Policy.DATA_DEPENDENT));
        assertThat(report.findings()).extracting(f -> f.violations().get(0).problem()).containsExactly(
                "makes column book.title NOT NULL: fails if a row holds NULL",
                "adds check constraint ck_book_pages to existing table book: fails if a row breaks (pages >= 0)",
                "adds foreign key fk_book_shelf_id_shelf to existing table book: fails if a row references a missing shelf");
    }

    @Test
    void disabledRulesAreNotReportedAndUnknownIdsAreRefusedWithTheList() {
        PolicyReport report = policy().disable(Policy.BREAKING_FOR_REPLICAS).disable(Policy.BLOCKING).build()
                .checkRange(with(Unsafe.class), "r1:");

        assertThat(report.findings()).extracting(Finding::rules).containsExactly(
                List.of(Policy.NOT_NULL_WITHOUT_DEFAULT), List.of(Policy.DATA_DEPENDENT));
        assertThat(report.disabled()).containsExactly(Policy.BREAKING_FOR_REPLICAS, Policy.BLOCKING);
        assertThat(report.text()).contains("(rules off: breaking-for-replicas, blocking)");
        assertThatThrownBy(() -> policy().disable("blockng").build()).isInstanceOf(PolicyException.class)
                .hasMessageContaining("'blockng' names no policy rule").hasMessageContaining("blocking, identifier-length");
    }

    @Test
    void theRowThresholdSparesSmallTablesAndAnUnknownSizeCountsAsAbove() {
        RevisionSet revisions = with(Unsafe.class);
        TableSizes small = table -> OptionalLong.of(50);

        assertThat(policy().rowThreshold(100).tableSizes(small).build().checkRange(revisions, "r1:").findings())
                .extracting(Finding::rules).noneMatch(rules -> rules.contains(Policy.BLOCKING));
        assertThat(policy().rowThreshold(10).tableSizes(small).build().checkRange(revisions, "r1:").findings().get(2)
                .violations().get(0).problem()).contains("book (50+ rows)");
        assertThat(policy().rowThreshold(100).build().checkRange(revisions, "r1:").findings().get(2)
                .violations().get(0).problem()).contains("book (size unknown)");
        assertThatThrownBy(() -> policy().rowThreshold(-1)).isInstanceOf(PolicyException.class);
    }

    @Test
    void anOptOutMustNameARuleHaveAReasonAndPrecedeAnOperation() {
        assertThatThrownBy(() -> policy().build().checkRange(with(MisspeltRule.class), "r1:"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("ops.allowUnsafe(\"blockng\") in revision r2 names no policy rule")
                .hasMessageContaining("blocking, breaking-for-replicas");
        assertThatThrownBy(() -> policy().build().checkRange(with(Dangling.class), "r1:"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("is followed by no operation");
        assertThatThrownBy(() -> policy().build().checkRange(with(NoReason.class), "r1:"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("has no reason");
        assertThatThrownBy(() -> new Ops().allowUnsafe("blocking", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> policy().build().checkRange(with(Unsafe.class), "r1"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("FROM:TO");
    }

    @Test
    void theJsonCarriesEveryFindingForCiAnnotations() {
        String json = policy().build().checkRange(with(Safe.class), "r1:").json();

        assertThat(json).startsWith("{\"passed\":true,\"revisions\":[\"r2\"],\"disabled\":[],\"findings\":[")
                .contains("{\"revision\":\"r2\",\"source\":\"" + Safe.class.getName() + "\",\"operation\":\"createIndex uq_book_title on book\","
                        + "\"table\":\"book\",\"failing\":false,")
                .contains("\"rule\":\"data-dependent\"", "\"allowed\":true,\"reason\":\"titles were deduplicated by r1b\"")
                .endsWith("]}]}");
    }
}
