package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hibernate.Session;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.query.SelectionQuery;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAndPaginationTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void eachThreadHasItsOwnScopedSession(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        Session mine = db.session();
        assertThat(db.session()).isSameAs(mine);
        Session other = CompletableFuture.supplyAsync(() -> {
            try {
                return db.session();
            } finally {
                db.removeSession();
            }
        }).get();
        assertThat(other).isNotSameAs(mine);
        db.removeSession();
        assertThat(mine.isOpen()).isFalse();
        assertThat(db.session()).isNotSameAs(mine);
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void aUnitOfWorkKeepsItsSessionsConnectionUntilRemovedWhereAPlainSessionGivesItBackAfterEachRead(DbKind kind)
            throws Exception {
        Database db = fixture.fresh(kind);
        HikariDataSource pool = db.dataSource().unwrap(HikariDataSource.class);
        String count = "select count(*) from Author";
        db.session().createSelectionQuery(count, Long.class).getSingleResult();
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("plain session, between reads").isZero();
        db.removeSession();

        db.beginUnitOfWork();
        // Whichever call opens the thread's session: here a helper, then the session itself.
        db.findOne(Author.class, Map.of("email", "nobody@x"));
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("unit of work, between reads").isEqualTo(1);
        Session unit = db.session();
        unit.createSelectionQuery(count, Long.class).getSingleResult();
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(1);
        db.removeSession();
        assertThat(unit.isOpen()).isFalse();
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("after removeSession()").isZero();

        // removeSession() ended the unit of work: the next session gives its connection back again.
        db.session().createSelectionQuery(count, Long.class).getSingleResult();
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("after the unit of work").isZero();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void removeSessionRollsBackWhatWasNotCommitted(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.getOrCreate(Author.class, Map.of("email", "uncommitted@x"), Map.of("name", "U"));
        db.removeSession();
        assertThat(db.findOne(Author.class, Map.of("email", "uncommitted@x"))).isEmpty();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void transactionCommitsOnReturnAndRollsBackOnException(DbKind kind) {
        Database db = fixture.fresh(kind);
        Long id = db.inTransaction(s -> {
            Author a = new Author("Kept", "kept@x");
            s.persist(a);
            return a.getId();
        });
        assertThatThrownBy(() -> db.useTransaction(s -> {
            s.persist(new Author("Lost", "lost@x"));
            s.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        db.removeSession();
        assertThat(db.getByPk(Author.class, id)).isPresent();
        assertThat(db.findOne(Author.class, Map.of("email", "lost@x"))).isEmpty();
        // A transaction inside an active one joins it: the outer owner decides.
        db.useTransaction(s -> {
            db.useTransaction(inner -> inner.persist(new Author("Nested", "nested@x")));
            s.getTransaction().setRollbackOnly();
        });
        db.removeSession();
        assertThat(db.findOne(Author.class, Map.of("email", "nested@x"))).isEmpty();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void paginateGivesItemsTotalsAndNeighbours(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.useTransaction(s -> {
            for (int i = 1; i <= 45; i++) {
                s.persist(new Author(String.format("author-%02d", i), "a" + i + "@x"));
            }
        });
        Page<Author> second = db.paginate(query(db), 2, 20);
        assertThat(second.items()).extracting(Author::getName).first().isEqualTo("author-21");
        assertThat(second.items()).hasSize(20);
        assertThat(second.total()).isEqualTo(45L);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.hasPrev()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.prevNum()).isEqualTo(1);
        assertThat(second.nextNum()).isEqualTo(3);

        Page<Author> last = db.paginate(query(db), 3, 20);
        assertThat(last.items()).hasSize(5);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.nextNum()).isNull();

        Page<Author> uncounted = db.paginate(query(db), 1, 20, false);
        assertThat(uncounted.total()).isNull();
        assertThat(uncounted.pages()).isNull();
        assertThat(uncounted.hasNext()).isTrue();
        assertThat(db.paginate(query(db), 3, 20, false).hasNext()).isFalse();

        assertThat(db.paginate(query(db), 1, 10_000).perPage()).isEqualTo(Database.DEFAULT_MAX_PER_PAGE);

        assertThatThrownBy(() -> db.paginate(query(db), 4, 20)).isInstanceOf(PageOutOfRangeException.class)
                .hasMessageContaining("Page 4 is out of range; there are 3 page(s)");
        assertThatThrownBy(() -> db.paginate(query(db), 9, 20, false)).isInstanceOf(PageOutOfRangeException.class);
        assertThatThrownBy(() -> db.paginate(query(db), 0, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page must be 1 or more");
        assertThatThrownBy(() -> db.paginate(query(db), 1, 0)).hasMessageContaining("perPage must be 1 or more");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void anEmptyTableHasOneEmptyFirstPage(DbKind kind) {
        Database db = fixture.fresh(kind);
        Page<Author> page = db.paginate(query(db), 1, 20);
        assertThat(page.items()).isEmpty();
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.prevNum()).isNull();
        assertThat(page.hasNext()).isFalse();
        db.removeSession();
    }

    private static SelectionQuery<Author> query(Database db) {
        return db.session().createSelectionQuery("from Author order by name", Author.class);
    }
}
