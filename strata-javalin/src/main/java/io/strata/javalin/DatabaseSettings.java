package io.strata.javalin;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.core.ModelException;

/**
 * Builds the plugin's {@link Database} from a {@link StrataConfig}: its settings first, then the
 * environment, then the defaults derived from the application's package.
 */
final class DatabaseSettings {

    /** The URL used when neither the configuration nor {@code DATABASE_URL} gives one. */
    static final String DEFAULT_URL = "sqlite://";

    private DatabaseSettings() {
    }

    static Database build(StrataConfig config, String applicationPackage) {
        Database.Builder builder = Database.builder();
        String prefix = applicationPackage.isEmpty() ? "" : applicationPackage + ".";
        String defaultModels = prefix + "models";
        builder.url(config.url != null || present(Database.ENV_URL) ? config.url : DEFAULT_URL);
        boolean derivedModels = config.models.isEmpty() && !present(Database.ENV_MODELS);
        builder.models(derivedModels ? new String[] {defaultModels} : config.models.toArray(String[]::new));
        if (config.migrations != null || !present(Database.ENV_MIGRATIONS)) {
            builder.migrations(config.migrations != null ? config.migrations : prefix + "migrations");
        }
        builder.properties(config.properties);
        if (config.maxPerPage != null) {
            builder.maxPerPage(config.maxPerPage);
        }
        try {
            return builder.fromEnvironment().build();
        } catch (ModelException e) {
            if (!derivedModels) {
                throw e;
            }
            throw new ConfigurationException("models", "No models package was configured, so Strata looked in "
                    + defaultModels + " (the application's package + '.models'): " + e.getMessage()
                    + " Give the package with strata.models(\"com.example.models\") or DB_MODELS_LOCATION, or the"
                    + " application class with strata.application(App.class).", e);
        }
    }

    /** Whether {@code name} is set as a system property or environment variable (as the core reads it). */
    private static boolean present(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value != null && !value.isBlank();
    }
}
