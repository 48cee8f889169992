package io.strata.migrations.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** The gate on a live database: it judges only the revisions not yet applied, weighing tables by their rows. */
class PolicyOnDatabasesTest {

    private static Migrator migrator(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(10)).build();
    }

    private static Policy policy(DbKind kind, TestDatabase db, long threshold) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        Dialect dialect = Dialects.byName(name);
        return Policy.builder().databases(List.of(name)).advisor(name, PolicyTest.ADVISOR).rowThreshold(threshold)
                .tableSizes(TableSizes.probing(db::connect, dialect, threshold)).build();
    }

    @ParameterizedTest
    @Databases
    void judgesOnlyThePendingRevisionsAndWeighsBlockingByTheTablesLiveRows(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            migrator(db, RevisionSet.ofClasses(PolicyTest.CreateBook.class)).upgrade("head");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO book (id, title, note) VALUES (1, 'a', 'x'), (2, 'b', 'y'), (3, 'c', 'z')");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            Migrator unsafe = migrator(db, RevisionSet.ofClasses(PolicyTest.CreateBook.class, PolicyTest.Unsafe.class));

            PolicyReport above = policy(kind, db, 2).checkPending(unsafe);
            assertThat(above.revisions()).containsExactly("r2");
            assertThat(above.passed()).isFalse();
            assertThat(above.findings()).extracting(Finding::operation).containsExactly(
                    "addColumn book.rating", "createUniqueConstraint uq_book_title on book", "createIndex ix_book_note on book");
            assertThat(above.findings().get(2).violations().get(0).problem()).contains("book (3+ rows)");

            PolicyReport below = policy(kind, db, 3).checkPending(unsafe);
            assertThat(below.findings()).extracting(Finding::rules)
                    .containsExactly(List.of(Policy.BREAKING_FOR_REPLICAS, Policy.NOT_NULL_WITHOUT_DEFAULT),
                            List.of(Policy.BREAKING_FOR_REPLICAS, Policy.DATA_DEPENDENT));

            // The safe forms the gate passes run on the database, after which nothing is pending.
            Migrator safe = migrator(db, RevisionSet.ofClasses(PolicyTest.CreateBook.class, PolicyTest.Safe.class));
            assertThat(policy(kind, db, 0).checkPending(safe).passed()).isTrue();
            safe.upgrade("head");
            PolicyReport nothing = policy(kind, db, 0).checkPending(safe);
            assertThat(nothing.revisions()).isEmpty();
            assertThat(nothing.findings()).isEmpty();
            assertThat(nothing.passed()).isTrue();
        }
    }
}
