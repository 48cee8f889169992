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
        System.clearProperty(Database.ENV_LOCK_TIMEOUT);
        System.clearProperty(Database.ENV_LOCK_BUDGET);
        System.clearProperty(Database.ENV_VALIDATE_SCHEMA);
        System.clearProperty(Database.ENV_QUERY_TIMEOUT);
        System.clearProperty(Database.ENV_BUSY_TIMEOUT);
        System.clearProperty(Database.ENV_CONTRACT);
    }

    @Test
    void theContractModeFollowsTheSameOrderAsTheUrl() {
        assertThat(Database.builder().url("h2:mem:x").config().contracts()).as("manual by default")
                .isEqualTo(io.strata.migrations.runner.ContractMode.MANUAL);
        Database.Builder builder = Database.builder().url("h2:mem:x").fromEnvironment()
                .contracts(io.strata.migrations.runner.ContractMode.AUTO);
        assertThat(builder.config().contracts()).isEqualTo(io.strata.migrations.runner.ContractMode.AUTO);
        assertThat(builder.config().toString()).contains("contracts=AUTO");

        System.setProperty(Database.ENV_CONTRACT, "Manual");
        assertThat(builder.config().contracts()).as("the environment wins over the builder")
                .isEqualTo(io.strata.migrations.runner.ContractMode.MANUAL);
        assertThat(builder.withoutModels().config().contracts()).isEqualTo(io.strata.migrations.runner.ContractMode.MANUAL);

        System.setProperty(Database.ENV_CONTRACT, "sometimes");
        assertThatThrownBy(builder::config).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DB_CONTRACT has 'sometimes', which is not a contract mode.");
    }

    @Test
    void theQueryTimeoutFollowsTheSameOrderAsTheLockBudget() {
        assertThat(Database.builder().url("h2:mem:x").config().queryTimeout()).as("10 s by default")
                .isEqualTo(Duration.ofSeconds(10));
        Database.Builder builder = Database.builder().url("h2:mem:x").fromEnvironment().queryTimeout(Duration.ofSeconds(4));
        assertThat(builder.config().queryTimeout()).isEqualTo(Duration.ofSeconds(4));

        System.setProperty(Database.ENV_QUERY_TIMEOUT, "2500ms");
        assertThat(builder.config().queryTimeout()).as("the environment wins over the builder")
                .isEqualTo(Duration.ofMillis(2500));
        assertThat(builder.config().toString()).contains("queryTimeout=PT2.5S");
        assertThat(builder.withoutModels().config().queryTimeout()).isEqualTo(Duration.ofMillis(2500));

        System.setProperty(Database.ENV_QUERY_TIMEOUT, "soon");
        assertThatThrownBy(builder::config).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DB_QUERY_TIMEOUT has 'soon', which is not a duration.");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").queryTimeout(Duration.ofSeconds(-1)).config())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("queryTimeout has 'PT-1S'");
    }

    @Test
    void schemaValidationFollowsTheSameOrderAsTheUrl() {
        assertThat(Database.builder().url("h2:mem:x").config().validateSchema()).as("off by default").isFalse();
        Database.Builder builder = Database.builder().url("h2:mem:x").fromEnvironment().validateSchema(true);
        assertThat(builder.config().validateSchema()).isTrue();
        assertThat(builder.config().toString()).contains("validateSchema=true");

        System.setProperty(Database.ENV_VALIDATE_SCHEMA, "false");
        assertThat(builder.config().validateSchema()).as("the environment wins over the builder").isFalse();

        builder.overrides(options -> options.validateSchema(true));
        assertThat(builder.config().validateSchema()).as("an override wins over the environment").isTrue();
        assertThat(builder.withoutModels().config().validateSchema()).isTrue();
    }

    @Test
    void aBadSchemaValidationFlagIsNamedAsItsLayerNamesIt() {
        System.setProperty(Database.ENV_VALIDATE_SCHEMA, "yes");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").fromEnvironment().config())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("DB_VALIDATE_SCHEMA has 'yes', which is not a flag. Give true or false.")
                .extracting(e -> ((ConfigurationException) e).setting()).isEqualTo(Database.ENV_VALIDATE_SCHEMA);
    }

    @Test
    void theLockBudgetFollowsTheSameOrderAsTheUrl() {
        DatabaseConfig defaults = Database.builder().url("h2:mem:x").config();
        assertThat(defaults.ddlLockTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(defaults.ddlLockBudget()).isEqualTo(Duration.ofSeconds(60));

        Database.Builder builder = Database.builder().url("h2:mem:x").fromEnvironment()
                .ddlLockTimeout(Duration.ofMillis(1500)).ddlLockBudget(Duration.ofSeconds(20));
        assertThat(builder.config().ddlLockTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(builder.config().ddlLockBudget()).isEqualTo(Duration.ofSeconds(20));

        System.setProperty(Database.ENV_LOCK_TIMEOUT, "500ms");
        System.setProperty(Database.ENV_LOCK_BUDGET, "2m");
        assertThat(builder.config().ddlLockTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(builder.config().ddlLockBudget()).isEqualTo(Duration.ofMinutes(2));
        assertThat(builder.config().toString()).contains("ddlLockTimeout=PT0.5S", "ddlLockBudget=PT2M");

        builder.overrides(options -> options.ddlLockTimeout("0").ddlLockBudget("PT45S"));
        assertThat(builder.config().ddlLockTimeout()).isZero();
        assertThat(builder.config().ddlLockBudget()).isEqualTo(Duration.ofSeconds(45));
        assertThat(builder.withoutModels().config().ddlLockBudget()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theBusyTimeoutFollowsTheSameOrderAsTheUrlAndIsNamedWhenBad() {
        assertThat(Database.builder().url("h2:mem:x").config().busyTimeout()).isEqualTo(Duration.ofSeconds(5));
        Database.Builder builder = Database.builder().url("h2:mem:x").fromEnvironment().busyTimeout(Duration.ofMillis(800));
        assertThat(builder.config().busyTimeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(builder.withoutModels().config().busyTimeout()).isEqualTo(Duration.ofMillis(800));

        System.setProperty(Database.ENV_BUSY_TIMEOUT, "2s");
        assertThat(builder.config().busyTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(builder.config().toString()).contains("busyTimeout=PT2S");

        System.setProperty(Database.ENV_BUSY_TIMEOUT, "soon");
        assertThatThrownBy(builder::config).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DB_BUSY_TIMEOUT has 'soon', which is not a duration.")
                .extracting(e -> ((ConfigurationException) e).setting()).isEqualTo(Database.ENV_BUSY_TIMEOUT);
    }

    @Test
    void aBadLockBudgetIsNamedAsItsLayerNamesIt() {
        System.setProperty(Database.ENV_LOCK_TIMEOUT, "3 seconds");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").fromEnvironment().config())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("DB_LOCK_TIMEOUT has '3 seconds', which is not a duration. Give a number with a unit,"
                        + " like 3s, 500ms or 2m (0 turns it off).")
                .extracting(e -> ((ConfigurationException) e).setting()).isEqualTo(Database.ENV_LOCK_TIMEOUT);
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").overrides(o -> o.ddlLockBudget("5")).config())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("--lock-budget has '5'");
        assertThatThrownBy(() -> Database.builder().url("h2:mem:x").ddlLockBudget(Duration.ofSeconds(-1)).config())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("ddlLockBudget has 'PT-1S'");
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
