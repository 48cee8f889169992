package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hibernate.Hibernate;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.enhanced.Novel;
import io.strata.core.test.enhanced.Writer;
import io.strata.core.test.hierarchy.Car;
import io.strata.core.test.hierarchy.Parking;
import io.strata.core.test.hierarchy.Vehicle;
import io.strata.core.test.tracked.Label;
import io.strata.core.testing.DatabaseFixture;
import io.strata.core.testing.RecordingDriver;
import io.strata.core.testing.RecordingDriver.Recording;
import io.strata.core.testing.StderrCapture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;
import io.strata.testing.TestDatabase;

/**
 * Models enhanced by Hibernate's bytecode enhancement at build time (strata-core's pom enhances the test
 * packages {@code io.strata.core.test.enhanced} and {@code …hierarchy}, as an application's build would): Hibernate starts without Byte
 * Buddy, lazy associations still load, and getOrCreate keeps its create path free of a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnhancedModelsTest {

    @RegisterExtension
    final SharedDatabases<Database> enhanced = SharedDatabases.of(server -> Database.builder().url(server.url())
            .models("io.strata.core.test.enhanced").properties(RecordingDriver.PROPERTIES).build(), Database::close);

    @RegisterExtension
    final SharedDatabases<Database> hierarchy = SharedDatabases.of(server -> Database.builder().url(server.url())
            .models("io.strata.core.test.hierarchy").build(), Database::close);

    @RegisterExtension
    final DatabaseFixture plain = new DatabaseFixture();

    @RegisterExtension
    final SharedDatabases<TestDatabase> tracked = SharedDatabases.plain();

    @Test
    void theBuildEnhancedTheTestModels() {
        // Without this, every other test here would test plain models.
        assertThat(PersistentAttributeInterceptable.class.isAssignableFrom(Writer.class)).isTrue();
        assertThat(PersistentAttributeInterceptable.class.isAssignableFrom(Novel.class)).isTrue();
        assertThat(PersistentAttributeInterceptable.class.isAssignableFrom(Car.class)).isTrue();
    }

    @ParameterizedTest
    @Databases
    void enhancedModelsStartHibernateWithoutARuntimeBytecodeProvider(DbKind kind) {
        assertThat(bytecodeProvider(fresh(kind))).isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
        // Plain models, and enhanced ones Hibernate proxies anyway (a hierarchy), keep Byte Buddy.
        assertThat(bytecodeProvider(plain.fresh(kind))).isNotInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
        assertThat(bytecodeProvider(hierarchy.get(kind))).isNotInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
    }

    @ParameterizedTest
    @Databases
    void lazyAssociationsOfEnhancedModelsLoadWhenRead(DbKind kind) {
        Database db = fresh(kind);
        Long novelId = db.inTransaction(session -> {
            Writer ada = new Writer("Ada", "ada@example.com");
            session.persist(ada);
            Novel notes = new Novel("Notes", ada);
            session.persist(notes);
            return notes.getId();
        });
        db.removeSession();
        try (Recording recording = RecordingDriver.record()) {
            Novel notes = db.session().find(Novel.class, novelId);
            Writer writer = notes.getWriter();
            assertThat(Hibernate.isInitialized(writer)).as("the writer is not loaded with the novel").isFalse();
            long before = recording.statements();
            assertThat(writer.getName()).isEqualTo("Ada");
            assertThat(recording.statements()).as("reading the writer loads it").isEqualTo(before + 1);
            assertThat(writer.getNovels()).extracting(Novel::getTitle).containsExactly("Notes");
            db.commit();
        } finally {
            db.removeSession();
        }
    }

    @ParameterizedTest
    @Databases
    void getOrCreateOfAnEnhancedModelInsertsWithoutReloadingAndWritesOnlyLaterChanges(DbKind kind) {
        Database db = fresh(kind);
        call(db, "warm-up@example.com");
        try (Recording recording = RecordingDriver.record()) {
            GetOrCreateResult<Writer> result = call(db, "ada@example.com");
            assertThat(result.created()).isTrue();
            assertThat(result.instance().getId()).isNotNull();
            assertThat(recording.sent()).containsExactlyElementsOf(GetOrCreateStatementsTest.createPath(kind, false));
        }
        try {
            Writer ada = db.getOrCreate(Writer.class, Map.of("email", "grace@example.com"), Map.of("name", "Grace")).instance();
            try (Recording recording = RecordingDriver.record()) {
                assertThat(db.session().contains(ada)).isTrue();
                assertThat(db.session().find(Writer.class, ada.getId())).isSameAs(ada);
                db.commit();
                assertThat(recording.sent()).as("nothing changed, nothing written").containsExactly("commit", "autocommit");
            }
            db.session().getTransaction().begin();
            ada.setName("Grace Hopper");
            try (Recording recording = RecordingDriver.record()) {
                db.session().persist(new Novel("Compilers", ada));
                db.commit();
                assertThat(recording.sent()).containsExactly("insert", "update", "commit", "autocommit");
            }
        } finally {
            db.removeSession();
        }
        Writer reread = db.getOne(Writer.class, Map.of("email", "grace@example.com"));
        assertThat(reread.getName()).isEqualTo("Grace Hopper");
        assertThat(reread.getNovels()).extracting(Novel::getTitle).containsExactly("Compilers");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void anEnhancedHierarchyKeepsItsRuntimeProxies(DbKind kind) {
        Database db = hierarchy.get(kind);
        db.dropAll();
        db.createAll();
        Long parkingId = db.inTransaction(session -> {
            Car car = new Car("AB-123", 4);
            session.persist(car);
            Parking parking = new Parking(car);
            session.persist(parking);
            return parking.getId();
        });
        db.removeSession();
        try {
            Vehicle vehicle = db.session().find(Parking.class, parkingId).getVehicle();
            assertThat(Hibernate.isInitialized(vehicle)).isFalse();
            assertThat(vehicle.getPlate()).isEqualTo("AB-123");
            assertThat(Hibernate.unproxy(vehicle)).isInstanceOf(Car.class);
            db.commit();
        } finally {
            db.removeSession();
        }
    }

    @ParameterizedTest
    @Databases
    void publicFieldsOfAModelWithDirtyTrackingAreNamedInAWarningBecauseWritesToThemAreLost(DbKind kind) {
        try (StderrCapture log = new StderrCapture();
                Database db = Database.builder().url(tracked.get(kind).url()).models("io.strata.core.test.tracked").build()) {
            assertThat(log.linesContaining("io.strata.core.test.tracked.Label is enhanced with Hibernate's dirty tracking"
                    + " and has public or protected fields [id, text]")).isEqualTo(1);
            db.dropAll();
            db.createAll();
            Long id = db.inTransaction(session -> {
                Label label = new Label();
                label.text = "old";
                session.persist(label);
                return label.id;
            });
            db.removeSession();
            // What the warning is about: this class writes the field directly, and the change is not saved.
            db.inTransaction(session -> {
                session.find(Label.class, id).text = "new";
                return null;
            });
            db.removeSession();
            String saved = db.inTransaction(session -> session.find(Label.class, id).text);
            assertThat(saved).isEqualTo("old");
            db.removeSession();
        }
        try (StderrCapture log = new StderrCapture();
                Database db = Database.builder().url(tracked.get(kind).url()).models("io.strata.core.test.enhanced").build()) {
            assertThat(log.linesContaining("dirty tracking")).as("private fields: no warning").isZero();
        }
    }

    private Database fresh(DbKind kind) {
        Database db = enhanced.get(kind);
        db.removeSession();
        db.dropAll();
        db.createAll();
        return db;
    }

    private static BytecodeProvider bytecodeProvider(Database db) {
        return db.sessionFactory().unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(BytecodeProvider.class);
    }

    private static GetOrCreateResult<Writer> call(Database db, String email) {
        try {
            GetOrCreateResult<Writer> result = db.getOrCreate(Writer.class, Map.of("email", email), Map.of("name", "Ada"));
            db.commit();
            return result;
        } finally {
            db.removeSession();
        }
    }
}
