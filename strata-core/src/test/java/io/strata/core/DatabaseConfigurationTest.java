package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;

/** Bad configuration fails at build time with messages that name the setting and the fix, never the password. */
class DatabaseConfigurationTest {

    private static final String SECRET = "Sup3r-Secret-Pw";

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void captureOutput() {
        originalErr = System.err;
        originalOut = System.out;
        PrintStream both = new PrintStream(new TeeStream(captured, originalErr), true, StandardCharsets.UTF_8);
        System.setErr(both);
        System.setOut(both);
    }

    @AfterEach
    void restoreOutputAndCheckNoPasswordLeaked() {
        System.setErr(originalErr);
        System.setOut(originalOut);
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("captured logs").doesNotContain(SECRET);
    }

    @Test
    void malformedAndUnknownUrlsFailTheBuild() {
        assertThatThrownBy(() -> Database.builder().url("postgresql://app:" + SECRET + "@db:port/app").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("url 'postgresql://app:***@db:port/app' has the port 'port'")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Database.builder().url("mongodb://app:" + SECRET + "@db/app").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown scheme 'mongodb'")
                .hasMessageContaining("postgresql://").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Database.builder().build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("url is not set");
    }

    @Test
    void aModelsPackageWithoutEntitiesIsNamed() {
        assertThatThrownBy(() -> Database.builder().url("h2:mem:cfg1").models("io.strata.core.test.empty").build())
                .isInstanceOf(ModelException.class).hasMessageContaining("No @Entity classes found")
                .hasMessageContaining("[io.strata.core.test.empty]");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:cfg1").models("not a package").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'not a package'");
    }

    @Test
    void aMappingErrorKeepsHibernatesMessageAndAddsContext() {
        assertThatThrownBy(() -> Database.builder().url("h2:mem:cfg2").models("io.strata.core.test.broken").build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Hibernate rejected the models in [io.strata.core.test.broken]")
                .hasMessageContaining("io.strata.core.test.broken.Broken");
    }

    @Test
    void sequenceGeneratedIdsAreRefusedWithTheFix() {
        assertThatThrownBy(() -> Database.builder().url("h2:mem:cfg3").models("io.strata.core.test.sequence").build())
                .isInstanceOf(ModelException.class).hasMessageContaining("GenerationType.IDENTITY");
    }

    @Test
    void unknownPoolSettingsAreNamed() {
        assertThatThrownBy(() -> Database.builder().url("h2:mem:cfg4").property("hikari.maximumPoolSise", "3").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maximumPoolSise")
                .hasMessageContaining("hikari.");
    }

    @Test
    void anUnreachableServerIsReportedWithHostAndPortInBoundedTime() {
        try (Database db = Database.builder().url("postgresql://app:" + SECRET + "@127.0.0.1:1/app")
                .property("hikari.connectionTimeout", "1500").models(DatabaseFixture.MODELS).build()) {
            assertThat(db.toString()).contains("***").doesNotContain(SECRET);
            long start = System.nanoTime();
            assertThatThrownBy(() -> db.getByPk(Author.class, 1L))
                    .isInstanceOf(DatabaseUnreachableException.class)
                    .hasMessageContaining("127.0.0.1:1/app").hasMessageContaining("Check that the server is running")
                    .hasMessageNotContaining(SECRET);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
            db.removeSession();
        }
    }

    @Test
    void aWrongPasswordIsReportedWithoutShowingIt() {
        try (Database db = Database.builder().url("mariadb://strata:" + SECRET + "@127.0.0.1:3306/strata_t_nodb")
                .property("hikari.connectionTimeout", "1500").build()) {
            assertThatThrownBy(() -> db.existsInDb("author"))
                    .isInstanceOf(DatabaseUnreachableException.class).hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void settingsComeFromTheEnvironmentOrSystemProperties() {
        System.setProperty(Database.ENV_URL, "h2:mem:from_env");
        System.setProperty(Database.ENV_MODELS, DatabaseFixture.MODELS);
        System.setProperty(Database.ENV_MIGRATIONS, "com.example.migrations");
        try (Database db = Database.fromEnvironment()) {
            assertThat(db.modelPackages()).containsExactly(DatabaseFixture.MODELS);
            assertThat(db.migrationsLocation()).hasValue("com.example.migrations");
            db.createAll();
            // With one open database managing Author, the model's static finder needs no binding.
            assertThat(Author.FIND.getOrCreate(Map.of("email", "env@x"), Map.of("name", "Env")).created()).isTrue();
            db.commit();
            db.removeSession();
        } finally {
            System.clearProperty(Database.ENV_URL);
            System.clearProperty(Database.ENV_MODELS);
            System.clearProperty(Database.ENV_MIGRATIONS);
        }
        assertThatThrownBy(() -> Author.FIND.getByPk(1L)).hasMessageContaining("No open Database manages");
        assertThatThrownBy(() -> Database.builder().fromEnvironment().url(null).build())
                .hasMessageContaining("is not set");
    }

    @Test
    void sessionsNeedModels() {
        try (Database db = Database.builder().url("h2:mem:cfg5").build()) {
            assertThatThrownBy(db::session).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("needs models");
        }
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
