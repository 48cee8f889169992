package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.core.DatabaseConfig;
import io.strata.javalin.empty.Empty;

/** Where the plugin's settings come from: given, environment, or derived from the application's package. */
class PluginConfigTest {

    @Test
    void without_a_url_it_says_where_to_give_one_instead_of_choosing_a_database_the_db_commands_cannot_see() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(Database.ENV_URL) == null,
                "DATABASE_URL is set in this environment");
        assertThatThrownBy(() -> new StrataPlugin(strata -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is not set")
                .hasMessageContaining("strata.url(\"sqlite:///app.db\"), strata.from(builder) with the application's"
                        + " builder (the one its db commands use), or DATABASE_URL.");
    }

    @Test
    void from_builds_the_database_of_the_applications_builder_with_the_application_packages_defaults_under_it() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(Database.ENV_URL) == null
                && System.getenv(Database.ENV_MODELS) == null && System.getenv(Database.ENV_MIGRATIONS) == null,
                "DATABASE_URL / DB_MODELS_LOCATION / DB_MIGRATIONS_LOCATION are set in this environment");
        Database.Builder application = Database.builder().url("h2:mem:plugin_app");
        StrataPlugin plugin = new StrataPlugin(strata -> strata.from(application).transactionPerRequest(true));
        try (Database db = plugin.database()) {
            assertThat(db.target()).isEqualTo("in-memory H2 'plugin_app' (from the application)");
            assertThat(db.modelPackages()).containsExactly("io.strata.javalin.models");
            assertThat(db.migrationsLocation()).hasValue("io.strata.javalin.migrations");
            assertThat(db.latestRevision()).hasValue("f2b3c4d5e6a7");
            assertThat(plugin.transactionPerRequest()).isTrue();
        }
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.url("sqlite://").from(Database.builder())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("given url(...) before from(builder)")
                .hasMessageContaining("Call from(builder) first");
    }

    @Test
    void an_application_without_a_models_package_is_told_how_to_name_one() {
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.url("sqlite://").application(Empty.class)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("io.strata.javalin.empty.models")
                .hasMessageContaining("strata.models(");
    }

    @Test
    void a_database_and_settings_for_building_one_are_refused_together() {
        try (Database db = Database.builder().url("sqlite://").models("io.strata.javalin.models").build()) {
            assertThatThrownBy(() -> new StrataPlugin(strata -> strata.database(db).url("sqlite:///other.db")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("both a Database and url(...)");
            assertThat(new StrataPlugin(db).database()).isSameAs(db);
        }
    }

    @Test
    void the_environment_wins_over_the_plugins_settings_which_win_over_its_defaults() {
        System.setProperty(Database.ENV_URL, "h2:mem:plugin_prod");
        System.setProperty(Database.ENV_MODELS, "io.strata.javalin.models");
        System.setProperty(Database.ENV_MIGRATIONS, "io.strata.javalin.migrations");
        try {
            // The application's settings name a database, models and migrations the environment replaces.
            StrataPlugin plugin = new StrataPlugin(strata -> strata
                    .url("h2:mem:plugin_dev")
                    .models("io.strata.javalin.empty")
                    .migrations("io.strata.javalin.empty"));
            try (Database db = plugin.database()) {
                assertThat(db.toString()).contains("plugin_prod").doesNotContain("plugin_dev");
                assertThat(db.target()).isEqualTo("in-memory H2 'plugin_prod' (from DATABASE_URL)");
                assertThat(db.modelPackages()).containsExactly("io.strata.javalin.models");
                assertThat(db.config().modelsOrigin()).isEqualTo(DatabaseConfig.Origin.ENVIRONMENT);
                assertThat(db.migrationsLocation()).hasValue("io.strata.javalin.migrations");
                assertThat(db.latestRevision()).hasValue("f2b3c4d5e6a7");
            }
        } finally {
            System.clearProperty(Database.ENV_URL);
            System.clearProperty(Database.ENV_MODELS);
            System.clearProperty(Database.ENV_MIGRATIONS);
        }
        StrataPlugin plugin = new StrataPlugin(strata -> strata.url("h2:mem:plugin_dev")
                .builder(db -> db.statusTimeout(Duration.ofSeconds(1))));
        try (Database db = plugin.database()) {
            assertThat(db.target()).isEqualTo("in-memory H2 'plugin_dev' (from the application)");
            assertThat(db.config().statusTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(db.config().modelsOrigin()).isEqualTo(DatabaseConfig.Origin.DEFAULT);
        }
    }

    @Test
    void bad_settings_name_the_setting_and_the_fix() {
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.healthPaths("healthz", null)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.readinessTimeout(Duration.ZERO)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("readinessTimeout must be positive");
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.defaultPerPage(0)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("defaultPerPage must be 1 or more");
        assertThatThrownBy(() -> new StrataPlugin(strata -> strata.url("postgresql://app:pw-123@host:notaport/db")))
                .isInstanceOf(ConfigurationException.class).message().doesNotContain("pw-123");
    }
}
