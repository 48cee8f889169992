package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.strata.core.DatabaseConfig.Origin;
import io.strata.core.testing.DatabaseFixture;

/**
 * Where each setting comes from (overrides, then the environment, then the builder, then defaults),
 * and a configuration that is validated once, frozen and safe to print.
 */
class DatabaseConfigTest {

    private static final String SECRET = "Sup3r-Secret-Pw";

    @AfterEach
    void clearEnvironment() {
        System.clearProperty(Database.ENV_URL);
        System.clearProperty(Database.ENV_MODELS);
        System.clearProperty(Database.ENV_MIGRATIONS);
    }

    @Test
    void theEnvironmentWinsOverTheBuilderWhateverTheCallOrder() {
        System.setProperty(Database.ENV_URL, "sqlite:///prod.db");
        System.setProperty(Database.ENV_MODELS, DatabaseFixture.MODELS);
        System.setProperty(Database.ENV_MIGRATIONS, "com.example.prod.migrations");
        for (Database.Builder builder : new Database.Builder[] {
            Database.builder().fromEnvironment().url("sqlite:///dev.db").models("com.example.dev").migrations("com.example.dev.migrations"),
            Database.builder().url("sqlite:///dev.db").models("com.example.dev").migrations("com.example.dev.migrations").fromEnvironment()}) {
            DatabaseConfig config = builder.config();
            assertThat(config.url()).isEqualTo("sqlite:///prod.db");
            assertThat(config.urlOrigin()).isEqualTo(Origin.ENVIRONMENT);
            assertThat(config.models()).containsExactly(DatabaseFixture.MODELS);
            assertThat(config.modelsOrigin()).isEqualTo(Origin.ENVIRONMENT);
            assertThat(config.migrations()).hasValue("com.example.prod.migrations");
            assertThat(config.migrationsOrigin()).isEqualTo(Origin.ENVIRONMENT);
            assertThat(config.describeTarget())
                    .isEqualTo("sqlite file " + Path.of("prod.db").toAbsolutePath().normalize() + " (from DATABASE_URL)");
        }
        // Without fromEnvironment(), the environment is not read.
        assertThat(Database.builder().url("sqlite:///dev.db").config().url()).isEqualTo("sqlite:///dev.db");
    }

    @Test
    void overridesWinOverTheEnvironmentAndTheBuilderWinsOverDefaults() {
        System.setProperty(Database.ENV_URL, "sqlite:///prod.db");
        System.setProperty(Database.ENV_MIGRATIONS, "com.example.prod.migrations");
        DatabaseConfig config = Database.builder()
                .overrides(options -> options.url("h2:mem:cli").migrations("com.example.cli.migrations"))
                .url("sqlite:///dev.db")
                .models("com.example.dev")
                .defaults(defaults -> defaults.url("sqlite://").models("com.example.derived").migrations("com.example.derived"))
                .fromEnvironment()
                .config();
        assertThat(config.url()).isEqualTo("h2:mem:cli");
        assertThat(config.urlOrigin()).isEqualTo(Origin.OVERRIDE);
        assertThat(config.describeTarget()).isEqualTo("in-memory H2 'cli' (from the command line)");
        assertThat(config.migrations()).hasValue("com.example.cli.migrations");
        assertThat(config.models()).containsExactly("com.example.dev");
        assertThat(config.modelsOrigin()).isEqualTo(Origin.BUILDER);

        DatabaseConfig defaults = Database.builder()
                .defaults(d -> d.url("sqlite://").models("com.example.derived").migrations("com.example.derived"))
                .config();
        assertThat(defaults.urlOrigin()).isEqualTo(Origin.DEFAULT);
        assertThat(defaults.models()).containsExactly("com.example.derived");
        assertThat(defaults.withoutModels().models()).isEmpty();
        assertThat(defaults.withoutModels().url()).isEqualTo("sqlite://");
    }

    @Test
    void aBadSettingFromTheEnvironmentIsNamedAsTheVariable() {
        System.setProperty(Database.ENV_MIGRATIONS, "not a package");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").migrations("com.example.ok").fromEnvironment().config())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DB_MIGRATIONS_LOCATION has 'not a package'")
                .extracting(e -> ((ConfigurationException) e).setting()).isEqualTo(Database.ENV_MIGRATIONS);
        System.setProperty(Database.ENV_URL, "postgresql://app:" + SECRET + "@db:port/app");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").fromEnvironment().config())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("DATABASE_URL ")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void itIsValidatedOnceAndPrintsNoPassword() {
        DatabaseConfig config = Database.builder()
                .url("postgresql://shopuser:" + SECRET + "@db.internal:5433/shop")
                .property("hikari.password", SECRET)
                .property("hibernate.connection.password", SECRET)
                .property("hikari.maximumPoolSize", "4")
                .statusTimeout(Duration.ofSeconds(2))
                .config();
        assertThat(config.toString()).doesNotContain(SECRET).contains("postgresql://shopuser:***@db.internal:5433/shop")
                .contains("hikari.password=***", "hibernate.connection.password=***", "hikari.maximumPoolSize=4",
                        "statusTimeout=PT2S");
        assertThat(config.describeTarget()).isEqualTo("postgresql db.internal:5433/shop (from the application)")
                .doesNotContain("shopuser");
        assertThat(config.url()).doesNotContain(SECRET);
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").maxPerPage(0).config())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxPerPage must be 1 or more");
    }

    @Test
    void aDatabaseOpensAFrozenConfiguration() {
        Database.Builder builder = Database.builder().url("h2:mem:frozen").migrations("com.example.migrations");
        DatabaseConfig config = builder.config();
        builder.url("h2:mem:changed").migrations("com.example.other");
        try (Database db = Database.open(config)) {
            assertThat(db.config()).isSameAs(config);
            assertThat(db.toString()).contains("h2:mem:frozen");
            assertThat(db.migrationsLocation()).hasValue("com.example.migrations");
            assertThat(db.target()).isEqualTo("in-memory H2 'frozen' (from the application)");
        }
    }
}
