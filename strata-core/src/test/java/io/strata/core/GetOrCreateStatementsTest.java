package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.assigned.Ticket;
import io.strata.core.test.computed.Badge;
import io.strata.core.test.models.Author;
import io.strata.core.test.models.Book;
import io.strata.core.testing.DatabaseFixture;
import io.strata.core.testing.RecordingDriver;
import io.strata.core.testing.RecordingDriver.Recording;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * What one getOrCreate sends to the database on each path, as a request makes it (the call, the commit, the
 * session removed): the statements in order, counted at the JDBC driver. It keeps the create path free of a
 * reload of the row it inserted, and every path free of statements a hand-written JDBC version would not send
 * beyond what race safety needs (MariaDB's named lock; on PostgreSQL an insert that skips a refused row, or a
 * savepoint where the entity's insert cannot skip one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetOrCreateStatementsTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture(RecordingDriver.PROPERTIES);

    @RegisterExtension
    final SharedDatabases<Database> computed = SharedDatabases.of(server -> Database.builder().url(server.url())
            .models("io.strata.core.test.computed").properties(RecordingDriver.PROPERTIES).build(), Database::close);

    @RegisterExtension
    final SharedDatabases<Database> assigned = SharedDatabases.of(server -> Database.builder().url(server.url())
            .models("io.strata.core.test.assigned").properties(RecordingDriver.PROPERTIES).build(), Database::close);

    @ParameterizedTest
    @Databases
    void getPathSendsTheSelectAndTheCommit(DbKind kind) {
        Database db = fixture.fresh(kind);
        call(db, "ada@example.com");
        try (Recording recording = RecordingDriver.record()) {
            assertThat(call(db, "ada@example.com").created()).isFalse();
            assertThat(recording.sent()).containsExactly("begin", "select", "commit", "autocommit");
        }
    }

    @ParameterizedTest
    @Databases
    void createPathInsertsWithoutReloadingTheRow(DbKind kind) {
        Database db = fixture.fresh(kind);
        call(db, "warm-up@example.com");
        try (Recording recording = RecordingDriver.record()) {
            GetOrCreateResult<Author> result = call(db, "ada@example.com");
            assertThat(result.created()).isTrue();
            assertThat(result.instance().getId()).isNotNull();
            assertThat(recording.sent()).containsExactlyElementsOf(createPath(kind, false));
        }
    }

    @ParameterizedTest
    @Databases
    void theCreatedInstanceIsTheSessionsOwnAndItsChangesAreWritten(DbKind kind) {
        Database db = fixture.fresh(kind);
        try {
            Author ada = db.getOrCreate(Author.class, Map.of("email", "ada@example.com"), Map.of("name", "Ada")).instance();
            try (Recording recording = RecordingDriver.record()) {
                assertThat(db.session().contains(ada)).isTrue();
                assertThat(db.session().find(Author.class, ada.getId())).isSameAs(ada);
                assertThat(ada.getBooks()).isEmpty();
                db.commit();
                assertThat(recording.sent()).as("nothing changed, nothing written").containsExactly("commit", "autocommit");
            }
            db.session().getTransaction().begin();
            ada.setName("Ada Lovelace");
            try (Recording recording = RecordingDriver.record()) {
                db.session().persist(new Book("Notes", ada));
                db.commit();
                assertThat(recording.sent()).containsExactly("insert", "update", "commit", "autocommit");
            }
        } finally {
            db.removeSession();
        }
        Author reread = db.getOne(Author.class, Map.of("email", "ada@example.com"));
        assertThat(reread.getName()).isEqualTo("Ada Lovelace");
        assertThat(reread.getBooks()).extracting(Book::getName).containsExactly("Notes");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void updateOrCreateCreatesWithoutReloadingTheRow(DbKind kind) {
        Database db = fixture.fresh(kind);
        call(db, "warm-up@example.com");
        try (Recording recording = RecordingDriver.record()) {
            assertThat(updateOrCreate(db, "ada@example.com", "Ada").created()).isTrue();
            assertThat(recording.sent()).containsExactlyElementsOf(createPath(kind, false));
        }
    }

    @ParameterizedTest
    @Databases
    void updateOrCreateOfAnExistingRowLocksItRereadsItAndUpdatesIt(DbKind kind) {
        Database db = fixture.fresh(kind);
        call(db, "ada@example.com");
        try (Recording recording = RecordingDriver.record()) {
            assertThat(updateOrCreate(db, "ada@example.com", "Ada Lovelace").created()).isFalse();
            assertThat(recording.sent()).containsExactly("begin", "select", "select", "update", "commit", "autocommit");
        }
    }

    @ParameterizedTest
    @Databases
    void createPathReadsBackARowWithAValueTheDatabaseComputes(DbKind kind) {
        Database db = computed.get(kind);
        db.dropAll();
        db.createAll();
        try (Recording recording = RecordingDriver.record()) {
            Badge badge = db.getOrCreate(Badge.class, Map.of("code", "gold")).instance();
            db.commit();
            assertThat(badge.getShout()).isEqualTo("GOLD");
            assertThat(recording.sent()).containsExactlyElementsOf(createPath(kind, false, "select"));
        } finally {
            db.removeSession();
        }
    }

    @ParameterizedTest
    @Databases
    void anEntityWhoseInsertReturnsNoKeyTakesTheSavepointOnPostgresql(DbKind kind) {
        Database db = assigned.get(kind);
        db.dropAll();
        db.createAll();
        try (Recording recording = RecordingDriver.record()) {
            assertThat(db.getOrCreate(Ticket.class, Map.of("code", "A1"), Map.of("holder", "Ada")).created()).isTrue();
            db.commit();
            List<String> expected = new ArrayList<>(List.of("begin", "select", "insert", "commit", "autocommit"));
            if (kind == DbKind.POSTGRESQL) {
                expected.add(2, "savepoint");
                expected.add(4, "release savepoint");
            }
            if (kind == DbKind.MARIADB) {
                expected.add(2, "get_lock");
                expected.add(4, "release_lock");
            }
            assertThat(recording.sent()).containsExactlyElementsOf(expected);
        } finally {
            db.removeSession();
        }
        assertThat(db.getOrCreate(Ticket.class, Map.of("code", "A1"), Map.of("holder", "Other")).instance().getHolder())
                .isEqualTo("Ada");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases({DbKind.H2, DbKind.POSTGRESQL, DbKind.MARIADB})
    void createPathLostToAConcurrentInsertReadsTheOtherRow(DbKind kind) {
        Database db = fixture.fresh(kind);
        call(db, "warm-up@example.com");
        try (Recording recording = RecordingDriver.record(() -> insertElsewhere(kind, "ada@example.com"))) {
            GetOrCreateResult<Author> result = call(db, "ada@example.com");
            assertThat(result.created()).isFalse();
            assertThat(result.instance().getName()).isEqualTo("Elsewhere");
            assertThat(recording.sent()).containsExactlyElementsOf(createPath(kind, true, "select"));
        }
    }

    /**
     * begin, the select that misses, the insert (refused when {@code lost}; on PostgreSQL one that skips the
     * refused row) inside MariaDB's named lock, {@code afterInsert} inside that lock, the commit.
     */
    static List<String> createPath(DbKind kind, boolean lost, String... afterInsert) {
        // PostgreSQL: the insert skips a row a unique constraint refuses, so it needs no savepoint.
        List<String> inner = new ArrayList<>(List.of(kind == DbKind.POSTGRESQL ? "insert on conflict do nothing" : "insert"));
        inner.addAll(List.of(afterInsert));
        if (kind == DbKind.MARIADB) {
            inner.add(0, "get_lock");
            inner.add("release_lock");
        }
        List<String> sent = new ArrayList<>(List.of("begin", "select"));
        sent.addAll(inner);
        sent.addAll(List.of("commit", "autocommit"));
        return sent;
    }

    private static GetOrCreateResult<Author> call(Database db, String email) {
        try {
            GetOrCreateResult<Author> result = db.getOrCreate(Author.class, Map.of("email", email), Map.of("name", "Ada"));
            db.commit();
            return result;
        } finally {
            db.removeSession();
        }
    }

    private static GetOrCreateResult<Author> updateOrCreate(Database db, String email, String name) {
        try {
            GetOrCreateResult<Author> result = db.updateOrCreate(Author.class, Map.of("email", email), Map.of("name", name));
            db.commit();
            return result;
        } finally {
            db.removeSession();
        }
    }

    private void insertElsewhere(DbKind kind, String email) {
        try (Connection c = fixture.server(kind).connect();
                PreparedStatement ps = c.prepareStatement("insert into author (name, email) values (?, ?)")) {
            ps.setString(1, "Elsewhere");
            ps.setString(2, email);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
