package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.mapping.Tag;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@code validateSchema}: at start-up Hibernate's {@code hbm2ddl.auto=validate} accepts what Strata
 * creates, on every database, and fails fast with Hibernate's message when the models and the live
 * schema disagree.
 */
class SchemaValidationTest {

    private static final String EVOLUTION = "io.strata.core.test.evolution.s03_add_nullable_column.";

    @ParameterizedTest
    @Databases
    void hibernateAcceptsWhatCreateAllMadeOfEveryMappingFeature(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(ModelSchemaTest.MAPPING).build()) {
            db.createAll();
        }
        try (Database db = Database.builder().url(server.url()).models(ModelSchemaTest.MAPPING).validateSchema(true).build()) {
            Integer id = db.inTransaction(s -> {
                Tag tag = new Tag();
                tag.name = "validated";
                s.persist(tag);
                return tag.id;
            });
            String name = db.inTransaction(s -> s.find(Tag.class, id).name);
            assertThat(name).isEqualTo("validated");
        }
    }

    @ParameterizedTest
    @Databases
    void aColumnTheDatabaseLacksFailsTheStartWithHibernatesMessage(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(EVOLUTION + "v1").build()) {
            db.createAll();
        }
        assertThatThrownBy(() -> Database.builder().url(server.url()).models(EVOLUTION + "v2").validateSchema(true).build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("The database does not match the models in [" + EVOLUTION + "v2] (validateSchema is on)")
                .hasMessageContaining("missing column [bio] in table [author]")
                .hasMessageContaining("db upgrade")
                .hasMessageNotContaining(TestDatabase.PASSWORD);
        try (Database db = Database.builder().url(server.url()).models(EVOLUTION + "v2").build()) {
            assertThat(db.modelSchema().table("author")).as("off by default: the same models start").isPresent();
        }
    }

    /** MariaDB once validated against a same-named table of another database on the server. */
    @ParameterizedTest
    @Databases
    void aTableOnlyAnotherDatabaseOnTheServerHasIsMissing(DbKind kind, TestDatabase server) {
        try (TestDatabase other = TestDatabase.create(kind)) {
            try (Database db = Database.builder().url(other.url()).models(EVOLUTION + "v2").build()) {
                db.createAll();
            }
            assertThatThrownBy(() -> Database.builder().url(server.url()).models(EVOLUTION + "v2").validateSchema(true).build())
                    .isInstanceOf(ModelException.class).hasMessageContaining("missing table [author]");
        }
    }

    @Test
    void validationNeedsTheDatabaseAndSaysSoWhenItIsDown() {
        assertThatThrownBy(() -> Database.builder().url("postgresql://app:" + "s3cret-pw@127.0.0.1:1/none")
                .models(EVOLUTION + "v2").validateSchema(true).build())
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining("Cannot connect to the postgresql database at 127.0.0.1:1")
                .hasMessageNotContaining("s3cret-pw");
    }
}
