package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.migrations.runner.SyncResult;

/**
 * {@code build()} boots Hibernate's model of the entities and leaves the session factory building on
 * another thread: the schema work does not wait for it, what needs it does, its errors reach every
 * caller that needs it, and closing the database while it builds waits for it and closes it.
 */
class SessionFactoryBuildTest {

    private static final String BAD_QUERY_MODELS = "io.strata.core.test.badquery";

    /** Holds the build back until the test runs it. */
    private static final class HeldBuild implements Executor {
        private final AtomicReference<Runnable> task = new AtomicReference<>();

        @Override
        public void execute(Runnable build) {
            task.set(build);
        }

        void run() {
            task.get().run();
        }
    }

    @Test
    void schemaWorkNeedsOnlyTheBootModelAndSessionsWaitForTheFactory() throws Exception {
        HeldBuild held = new HeldBuild();
        try (Database db = Database.builder().url("h2:mem:sfbuild1").models(DatabaseFixture.MODELS)
                .sessionFactoryExecutor(held).build()) {
            db.createAll();
            assertThat(db.existsInDb("author")).isTrue();
            assertThat(db.modelSchema().table("author")).isPresent();

            Thread user = new Thread(() -> {
                db.getOrCreate(Author.class, Map.of("email", "wait@x"), Map.of("name", "Waiting"));
                db.commit();
                db.removeSession();
            });
            user.start();
            awaitWaiting(user);
            held.run();
            user.join();

            assertThat(db.getOne(Author.class, Map.of("email", "wait@x")).getName()).isEqualTo("Waiting");
            db.removeSession();
        }
    }

    @Test
    void syncWithMigrationsRunsBeforeTheFactoryIsBuilt() {
        HeldBuild held = new HeldBuild();
        try (Database db = Database.builder().url("h2:mem:sfbuild2").models(DatabaseFixture.MODELS)
                .sessionFactoryExecutor(held).build()) {
            assertThat(db.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(db.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
            held.run();
            assertThat(db.sessionFactory().isOpen()).isTrue();
        }
    }

    @Test
    void anErrorOnlyTheFactoryFindsIsTheModelExceptionOfASynchronousBuildForEveryCaller() {
        String synchronous;
        try (Database db = Database.builder().url("h2:mem:sfbuild3").models(BAD_QUERY_MODELS)
                .sessionFactoryExecutor(Runnable::run).build()) {
            Throwable thrown = catchModelException(db::sessionFactory);
            synchronous = thrown.getMessage();
        }
        assertThat(synchronous).contains("Hibernate rejected the models in [" + BAD_QUERY_MODELS + "]")
                .contains("Shelf.missing");

        try (Database db = Database.builder().url("h2:mem:sfbuild4").models(BAD_QUERY_MODELS).build()) {
            db.createAll(); // the boot model is sound: the schema works
            assertThat(db.existsInDb("shelf")).isTrue();

            assertThatThrownBy(db::sessionFactory).isInstanceOf(ModelException.class).hasMessage(synchronous)
                    .hasCauseInstanceOf(org.hibernate.HibernateException.class);
            assertThatThrownBy(db::session).isInstanceOf(ModelException.class).hasMessage(synchronous);
            assertThatThrownBy(() -> db.getOrCreate(io.strata.core.test.badquery.Shelf.class, Map.of()))
                    .isInstanceOf(ModelException.class).hasMessage(synchronous);
            db.removeSession();
        }
    }

    @Test
    void closingWhileTheFactoryBuildsWaitsForItAndClosesIt() throws Exception {
        HeldBuild held = new HeldBuild();
        Database db = Database.builder().url("h2:mem:sfbuild5").models(DatabaseFixture.MODELS)
                .sessionFactoryExecutor(held).build();
        Thread closer = new Thread(db::close);
        closer.start();
        awaitWaiting(closer);
        assertThat(closer.isAlive()).as("close() waits for the build").isTrue();

        held.run();
        closer.join();

        SessionFactory factory = db.sessionFactory();
        assertThat(factory.isClosed()).as("the factory built during close()").isTrue();
        assertThat(db.dataSource().unwrap(HikariDataSource.class).isClosed()).isTrue();
    }

    @Test
    void closingAfterAFailedBuildReleasesThePool() throws Exception {
        Database db = Database.builder().url("h2:mem:sfbuild6").models(BAD_QUERY_MODELS).build();
        db.close();
        assertThat(db.dataSource().unwrap(HikariDataSource.class).isClosed()).isTrue();
        assertThatThrownBy(db::sessionFactory).isInstanceOf(ModelException.class);
    }

    @Test
    void theBuildThreadIsADaemonThatEnds() throws Exception {
        AtomicReference<Thread> builder = new AtomicReference<>();
        try (Database db = Database.builder().url("h2:mem:sfbuild7").models(DatabaseFixture.MODELS).build()) {
            db.useTransaction(session -> builder.set(findBuildThread()));
            db.removeSession();
        }
        Thread thread = builder.get();
        if (thread != null) { // null: it had ended already
            assertThat(thread.isDaemon()).isTrue();
            thread.join();
        }
    }

    private static Thread findBuildThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("strata-session-factory")).findFirst().orElse(null);
    }

    private static Throwable catchModelException(Runnable call) {
        try {
            call.run();
        } catch (ModelException e) {
            return e;
        }
        throw new AssertionError("expected a ModelException");
    }

    /** Waits (without a time limit: the test's own timeout applies) until the thread parks, blocked on the build. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            if (!thread.isAlive()) {
                throw new AssertionError(thread + " ended instead of waiting for the build");
            }
            Thread.sleep(1);
        }
    }
}
