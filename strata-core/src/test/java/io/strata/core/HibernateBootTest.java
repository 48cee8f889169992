package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.mapping.Tag;
import io.strata.core.testing.GatedBoot;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@link HibernateBoot}: when Hibernate's session factory is built. An integrator that waits on a gate
 * (Hibernate calls it while it builds) makes a build under way observable: in the
 * background, {@code open} returns while it waits, migrations run, and a session waits for it.
 */
@Timeout(60)
class HibernateBootTest {

    private static final String EVOLUTION = "io.strata.core.test.evolution.s03_add_nullable_column.";

    @AfterEach
    void openTheGate() {
        GatedBoot.reset();
    }

    @ParameterizedTest
    @Databases
    void inTheBackgroundOpenReturnsBeforeTheSessionFactoryAndASessionWaitsForIt(DbKind kind, TestDatabase server)
            throws Exception {
        try (Database db = gated(server, HibernateBoot.IN_BACKGROUND).build()) {
            assertThat(GatedBoot.entered().await(20, TimeUnit.SECONDS)).as("the build runs on its own thread").isTrue();
            assertThat(db.booting()).isTrue();
            // What needs only the mapped models works meanwhile: the schema, the status.
            db.createAll();
            assertThat(db.existsInDb("tag")).isTrue();
            assertThat(db.modelSchema().table("tag")).isPresent();

            CompletableFuture<Integer> saved = CompletableFuture.supplyAsync(() -> db.inTransaction(s -> {
                Tag tag = new Tag();
                tag.name = "booted";
                s.persist(tag);
                return tag.id;
            }));
            Thread.sleep(300);
            assertThat(saved).as("a session waits for the session factory").isNotDone();

            GatedBoot.open();
            Integer id = saved.get(20, TimeUnit.SECONDS);
            assertThat(db.booting()).isFalse();
            db.awaitBoot();
            String name = db.inTransaction(s -> s.find(Tag.class, id).name);
            assertThat(name).isEqualTo("booted");
            assertThat(GatedBoot.created()).hasValue(1);
        }
        assertThat(GatedBoot.closed()).as("closing the database closes the session factory").hasValue(1);
    }

    @ParameterizedTest
    @Databases
    void inTheBackgroundThePoolOpensItsFirstConnectionBeforeAnyoneAsks(DbKind kind, TestDatabase server) throws Exception {
        try (Database db = gated(server, HibernateBoot.IN_BACKGROUND).build()) {
            // The gate holds the session factory's build, and nothing else here asks for a connection.
            HikariDataSource hikari = db.dataSource().unwrap(HikariDataSource.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (openConnections(hikari) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(openConnections(hikari)).as("connections the pool opened by itself").isPositive();
            assertThat(hikari.getHikariPoolMXBean().getActiveConnections()).as("and gave back").isZero();
            GatedBoot.open();
        }
        // Otherwise the pool starts with the first connection asked for (the models' schema needs none).
        try (Database db = gated(server, HibernateBoot.ON_FIRST_USE).build()) {
            Thread.sleep(300);
            assertThat(openConnections(db.dataSource().unwrap(HikariDataSource.class))).isZero();
        }
    }

    private static int openConnections(HikariDataSource hikari) {
        return hikari.getHikariPoolMXBean() == null ? 0 : hikari.getHikariPoolMXBean().getTotalConnections();
    }

    @ParameterizedTest
    @Databases
    void atOpenTheSessionFactoryIsBuiltBeforeOpenReturns(DbKind kind, TestDatabase server) {
        GatedBoot.open();
        try (Database db = gated(server, HibernateBoot.AT_OPEN).build()) {
            assertThat(GatedBoot.created()).hasValue(1);
            assertThat(db.booting()).isFalse();
            assertThat(db.config().hibernateBoot()).isEqualTo(HibernateBoot.AT_OPEN);
        }
        assertThat(Database.builder().url(server.url()).config().hibernateBoot()).as("the default").isEqualTo(HibernateBoot.AT_OPEN);
    }

    @ParameterizedTest
    @Databases
    void onFirstUseOnlyASessionBuildsIt(DbKind kind, TestDatabase server) {
        GatedBoot.open();
        try (Database db = gated(server, HibernateBoot.ON_FIRST_USE).build()) {
            db.createAll();
            assertThat(db.check().differences()).isNotNull();
            assertThat(db.manages(Tag.class)).isTrue();
            assertThat(db.booting()).isFalse();
            assertThat(GatedBoot.created()).as("the models' schema needs no session factory").hasValue(0);

            db.useTransaction(s -> {
                Tag tag = new Tag();
                tag.name = "first use";
                s.persist(tag);
            });
            assertThat(GatedBoot.created()).hasValue(1);
        }
        assertThat(GatedBoot.closed()).hasValue(1);
    }

    @ParameterizedTest
    @Databases
    void closingDuringTheBuildWaitsForItAndClosesWhatItBuilt(DbKind kind, TestDatabase server) throws Exception {
        Database db = gated(server, HibernateBoot.IN_BACKGROUND).build();
        assertThat(GatedBoot.entered().await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close);
        Thread.sleep(200);
        assertThat(closing).as("close waits for the build under way").isNotDone();
        GatedBoot.open();
        closing.get(20, TimeUnit.SECONDS);
        assertThat(GatedBoot.closed()).hasValue(1);
    }

    @ParameterizedTest
    @Databases
    void aFailedBuildInTheBackgroundIsThrownByEveryUseAndByAwaitBoot(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(EVOLUTION + "v1").build()) {
            db.createAll();
        }
        // v2 has a column the database lacks: validation fails the build, not the open.
        try (Database db = Database.builder().url(server.url()).models(EVOLUTION + "v2").validateSchema(true)
                .hibernateBoot(HibernateBoot.IN_BACKGROUND).build()) {
            assertThatThrownBy(db::awaitBoot)
                    .isInstanceOf(ModelException.class)
                    .hasMessageContaining("The database does not match the models in [" + EVOLUTION + "v2]")
                    .hasMessageContaining("missing column [bio] in table [author]")
                    .hasMessageNotContaining(TestDatabase.PASSWORD);
            assertThat(db.booting()).isFalse();
            assertThatThrownBy(db::session).isInstanceOf(ModelException.class).hasMessageContaining("missing column [bio]");
            assertThatThrownBy(db::sessionFactory).isInstanceOf(ModelException.class);
            assertThat(db.modelSchema().table("author")).as("the mapped models stay usable").isPresent();
        }
    }

    @ParameterizedTest
    @Databases
    void aMappingErrorFailsTheOpenWhicheverTheBoot(DbKind kind, TestDatabase server) {
        for (HibernateBoot boot : HibernateBoot.values()) {
            assertThatThrownBy(() -> Database.builder().url(server.url()).models("io.strata.core.test.broken")
                    .hibernateBoot(boot).build())
                    .as(boot.name())
                    .isInstanceOf(ModelException.class);
        }
    }

    private static Database.Builder gated(TestDatabase server, HibernateBoot boot) {
        return Database.builder().url(server.url()).models(ModelSchemaTest.MAPPING)
                .property(GatedBoot.PROPERTY, "true")
                .hibernateBoot(boot);
    }
}
