package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Write transactions of one process on different rows, with real threads: where the database lets
 * them overlap they do; on a SQLite file, which lets one transaction write at a time, they queue in the
 * process, first come first served, and a writer queued past the busy timeout fails naming the cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteQueueTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void writersOfDifferentRowsOverlapWhereTheDatabaseAllowsAndQueueInArrivalOrderOnSQLite(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        Session first = db.session();
        first.getTransaction().begin();
        first.persist(new Author("First", "first@x"));
        first.flush();

        AtomicReference<Thread> secondThread = new AtomicReference<>();
        CompletableFuture<Long> second = write(db, "second@x", secondThread);
        if (kind != DbKind.SQLITE) {
            assertThat(second.get(10, TimeUnit.SECONDS)).as("committed while the first transaction is open").isNotNull();
            first.getTransaction().commit();
            db.removeSession();
            assertThat(emails(db)).containsExactlyInAnyOrder("first@x", "second@x");
            return;
        }
        awaitQueued(secondThread);
        AtomicReference<Thread> thirdThread = new AtomicReference<>();
        CompletableFuture<Long> third = write(db, "third@x", thirdThread);
        awaitQueued(thirdThread);
        assertThat(second).as("waits while the first transaction writes").isNotDone();

        first.getTransaction().commit();
        db.removeSession();
        long secondId = second.get(10, TimeUnit.SECONDS);
        long thirdId = third.get(10, TimeUnit.SECONDS);
        assertThat(secondId).as("the writer that came first wrote first").isLessThan(thirdId);
        assertThat(emails(db)).containsExactlyInAnyOrder("first@x", "second@x", "third@x");
    }

    @Test
    void onSQLiteAWriterQueuedPastTheBusyTimeoutFailsNamingTheCauseAndTheQueueGoesOn() throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE);
                Database db = Database.builder().url(file.url()).models(DatabaseFixture.MODELS)
                        .busyTimeout(Duration.ofMillis(300)).build()) {
            db.createAll();
            Session first = db.session();
            first.getTransaction().begin();
            first.persist(new Author("First", "first@x"));
            first.flush();

            CompletableFuture<Long> refused = write(db, "refused@x", new AtomicReference<>());
            assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                    .hasRootCauseMessage("[SQLITE_BUSY] The database file is locked (database is locked): another"
                            + " transaction of this process has held SQLite's write lock for longer than the busy timeout"
                            + " (300 ms). Keep write transactions short, or raise the busy timeout"
                            + " (Database.builder().busyTimeout, or busy_timeout in the URL).")
                    .matches(DatabaseFailures::isUnavailable, "is unavailable");

            first.getTransaction().commit();
            db.removeSession();
            // the refused writer gave nothing to give back; the next ones get their turn
            for (int i = 0; i < 3; i++) {
                assertThat(write(db, "after" + i + "@x", new AtomicReference<>()).get(10, TimeUnit.SECONDS)).isNotNull();
            }
            assertThat(emails(db)).containsExactlyInAnyOrder("first@x", "after0@x", "after1@x", "after2@x");
        }
    }

    /** On another thread: a transaction inserting an author; the author's id once committed. */
    private static CompletableFuture<Long> write(Database db, String email, AtomicReference<Thread> thread) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                Author author = new Author("Writer", email);
                db.useTransaction(session -> session.persist(author));
                done.complete(author.getId());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            } finally {
                db.removeSession();
            }
        }, "writer " + email);
        thread.set(writer);
        writer.start();
        return done;
    }

    /** Waits until the thread waits for its turn in the process (a SQLite busy wait would stay runnable). */
    private static void awaitQueued(AtomicReference<Thread> thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.get().getState() != Thread.State.TIMED_WAITING || Arrays.stream(thread.get().getStackTrace())
                .noneMatch(frame -> frame.getClassName().endsWith("SQLiteWriteQueue$Writer"))) {
            assertThat(System.nanoTime()).as(thread.get().getName() + " queues in the process").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static List<String> emails(Database db) {
        try {
            return db.session().createSelectionQuery("select a.email from Author a", String.class).getResultList();
        } finally {
            db.removeSession();
        }
    }
}
