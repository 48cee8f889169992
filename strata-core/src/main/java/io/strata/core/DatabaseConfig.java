package io.strata.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.ContractMode;
import io.strata.migrations.runner.Migrator;

/**
 * A {@link Database}'s settings, resolved, validated and frozen: what {@link Database.Builder#config()}
 * returns and {@link Database#open(DatabaseConfig)} opens. Its {@link #toString()} masks passwords.
 *
 * <h2 id="precedence">Where each setting comes from</h2>
 *
 * <p>The URL, the models and the migrations location are each taken from the first of these layers
 * that gives them:
 * <ol>
 *   <li><b>overrides</b> ({@link Database.Builder#overrides}): the {@code db} command line's
 *       {@code --url}, {@code --models}, {@code --migrations};</li>
 *   <li><b>the environment</b>, when asked for with {@link Database.Builder#fromEnvironment()}:
 *       {@code DATABASE_URL}, {@code DB_MODELS_LOCATION} (comma-separated), {@code DB_MIGRATIONS_LOCATION},
 *       each read from the system property of that name, else the environment variable. The command line
 *       and the Javalin plugin always ask for it;</li>
 *   <li><b>the application's builder</b>: {@link Database.Builder#url}, {@link Database.Builder#models},
 *       {@link Database.Builder#migrations};</li>
 *   <li><b>defaults</b> ({@link Database.Builder#defaults}): what a framework derives, e.g. the plugin's
 *       {@code sqlite://} and {@code <application package>.models}.</li>
 * </ol>
 * So with {@code .url("sqlite:///dev.db")} in the application, {@code DATABASE_URL=sqlite:///prod.db}
 * wins, and {@code --url} wins over both, whatever order the builder's methods were called in. The
 * lock budget of migrations follows the same order: {@code --lock-timeout} / {@code --lock-budget},
 * then {@code DB_LOCK_TIMEOUT} / {@code DB_LOCK_BUDGET}, then {@link Database.Builder#ddlLockTimeout} /
 * {@link Database.Builder#ddlLockBudget}, then 3 s / 60 s; so does the bound on each statement of the
 * application ({@code DB_QUERY_TIMEOUT}, then {@link Database.Builder#queryTimeout}, then 10 s); so does SQLite's
 * busy timeout ({@code DB_BUSY_TIMEOUT}, then {@link Database.Builder#busyTimeout}, then 5 s); so does schema validation at start-up
 * ({@code DB_VALIDATE_SCHEMA}, then {@link Database.Builder#validateSchema}, then off) and what start-up
 * does about model changes no revision captures (an override, then {@code DB_MODEL_CHANGES}, then
 * {@link Database.Builder#modelChanges}, then {@link ModelChanges#WARN}); so does whether sync and upgrade
 * run contract revisions ({@code DB_CONTRACT}, then {@link Database.Builder#contracts}, then
 * {@link ContractMode#MANUAL}). The other settings (engine
 * properties, page size, status timeout, enum checks) are the builder's alone.
 */
public final class DatabaseConfig {

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)?");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|credential|token).*");

    /** The layer a setting was taken from (see <a href="#precedence">where each setting comes from</a>). */
    public enum Origin {
        /** A command-line option ({@link Database.Builder#overrides}). */
        OVERRIDE,
        /** A system property or environment variable. */
        ENVIRONMENT,
        /** The application's builder. */
        BUILDER,
        /** A default ({@link Database.Builder#defaults}). */
        DEFAULT,
        /** Nowhere: the setting is not set. */
        UNSET;

        /** The setting's name for messages: {@code variable} for the environment, {@code setting} otherwise. */
        String settingName(String setting, String variable) {
            return this == ENVIRONMENT ? variable : setting;
        }

        /** Where it came from, for people: {@code DATABASE_URL}, {@code the command line}… */
        String describe(String variable) {
            return switch (this) {
                case OVERRIDE -> "the command line";
                case ENVIRONMENT -> variable;
                case BUILDER -> "the application";
                case DEFAULT -> "the default";
                case UNSET -> "not set";
            };
        }
    }

    /**
     * One layer of the URL, models and migrations settings: the overrides or the defaults of a
     * {@link Database.Builder} (the builder's own methods fill its own layer).
     */
    public static final class Layer {

        String url;
        final List<String> models = new ArrayList<>();
        String migrations;
        String ddlLockTimeout;
        String ddlLockBudget;
        String queryTimeout;
        String modelChanges;
        String validateSchema;
        String busyTimeout;
        String contracts;

        Layer() {
        }

        /**
         * How long a SQLite write waits for the file's lock held by another connection or process, as text
         * like {@link #ddlLockTimeout(String)}'s; {@code null} leaves it to the layers below.
         */
        public Layer busyTimeout(String duration) {
            this.busyTimeout = duration;
            return this;
        }

        /**
         * How long each statement of a revision waits for a table's lock per attempt, as text:
         * {@code 3s}, {@code 500ms}, {@code 1m}, {@code 0} (no bound) or ISO-8601 ({@code PT3S});
         * {@code null} leaves it to the layers below. The command line's {@code --lock-timeout}.
         */
        public Layer ddlLockTimeout(String duration) {
            this.ddlLockTimeout = duration;
            return this;
        }

        /**
         * How long a revision that keeps timing out on locks is retried, as text like
         * {@link #ddlLockTimeout(String)}'s; {@code null} leaves it to the layers below. The command
         * line's {@code --lock-budget}.
         */
        public Layer ddlLockBudget(String duration) {
            this.ddlLockBudget = duration;
            return this;
        }

        /**
         * How long one statement of the application may take before the database cancels it, as text
         * like {@link #ddlLockTimeout(String)}'s ({@code 0}: no bound); {@code null} leaves it to the layers below.
         */
        public Layer queryTimeout(String duration) {
            this.queryTimeout = duration;
            return this;
        }

        /**
         * What start-up does when the models have changes no revision captures, as text: {@code warn},
         * {@code fail} or {@code ignore} (see {@link ModelChanges}); {@code null} leaves it to the layers below.
         */
        public Layer modelChanges(String policy) {
            this.modelChanges = policy;
            return this;
        }

        /**
         * Whether sync and upgrade run contract revisions, as text: {@code manual} (they wait for
         * {@code db upgrade --contract}) or {@code auto} (see {@link ContractMode}); {@code null} leaves it
         * to the layers below.
         */
        public Layer contracts(String mode) {
            this.contracts = mode;
            return this;
        }

        /**
         * Whether Hibernate validates the live schema against the models at start-up, as
         * {@link Database.Builder#validateSchema}; {@code null} leaves it to the layers below.
         */
        public Layer validateSchema(Boolean validate) {
            this.validateSchema = validate == null ? null : validate.toString();
            return this;
        }

        /** The database URL, as {@link Database.Builder#url}; {@code null} leaves it to the layers below. */
        public Layer url(String databaseUrl) {
            this.url = databaseUrl;
            return this;
        }

        /** The models package(s), as {@link Database.Builder#models}; none leaves them to the layers below. */
        public Layer models(String... packages) {
            for (String pkg : packages) {
                models.add(pkg);
            }
            return this;
        }

        /** The models packages, as {@link #models(String...)}; {@code null} or empty adds none. */
        public Layer models(List<String> packages) {
            if (packages != null) {
                models.addAll(packages);
            }
            return this;
        }

        /** The migrations package, as {@link Database.Builder#migrations}; {@code null} leaves it to the layers below. */
        public Layer migrations(String location) {
            this.migrations = location;
            return this;
        }

        static Layer fromEnvironment() {
            Layer layer = new Layer();
            layer.url = environment(Database.ENV_URL);
            String models = environment(Database.ENV_MODELS);
            if (models != null) {
                for (String pkg : models.split(",")) {
                    if (!pkg.isBlank()) {
                        layer.models.add(pkg.strip());
                    }
                }
            }
            layer.migrations = environment(Database.ENV_MIGRATIONS);
            layer.ddlLockTimeout = environment(Database.ENV_LOCK_TIMEOUT);
            layer.ddlLockBudget = environment(Database.ENV_LOCK_BUDGET);
            layer.queryTimeout = environment(Database.ENV_QUERY_TIMEOUT);
            layer.modelChanges = environment(Database.ENV_MODEL_CHANGES);
            layer.validateSchema = environment(Database.ENV_VALIDATE_SCHEMA);
            layer.busyTimeout = environment(Database.ENV_BUSY_TIMEOUT);
            layer.contracts = environment(Database.ENV_CONTRACT);
            return layer;
        }
    }

    private final String urlSetting;
    private final DatabaseUrl url;
    private final Origin urlOrigin;
    private final List<String> models;
    private final Origin modelsOrigin;
    private final String migrations;
    private final Origin migrationsOrigin;
    private final Map<String, String> properties;
    private final int maxPerPage;
    private final Duration statusTimeout;
    private final Duration ddlLockTimeout;
    private final Duration ddlLockBudget;
    private final Duration queryTimeout;
    private final Duration busyTimeout;
    private final ModelChanges modelChanges;
    private final ContractMode contracts;
    private final boolean validateSchema;
    private final ClassLoader classLoader;
    private final RevisionSet revisions;
    private final boolean enumChecks;
    private final boolean pooled;
    private final HibernateBoot hibernateBoot;

    /** Resolves the layers (top first: overrides, environment or {@code null}, builder, defaults) and validates. */
    DatabaseConfig(List<Layer> layers, boolean withModels, Map<String, String> properties, int maxPerPage,
            Duration statusTimeout, ClassLoader classLoader, RevisionSet revisions, boolean enumChecks,
            HibernateBoot hibernateBoot) {
        String rawUrl = pick(layers, layer -> layer.url);
        Origin fromUrl = origin(layers, layer -> layer.url);
        List<String> packages = pick(layers, layer -> layer.models.isEmpty() ? null : List.copyOf(layer.models));
        Origin fromModels = origin(layers, layer -> layer.models.isEmpty() ? null : layer.models);
        String location = pick(layers, layer -> layer.migrations);
        Origin fromMigrations = origin(layers, layer -> layer.migrations);
        this.urlOrigin = fromUrl;
        this.urlSetting = fromUrl.settingName("url", Database.ENV_URL);
        this.url = new UrlParser(urlSetting).parse(rawUrl);
        this.models = withModels && packages != null ? packages : List.of();
        this.modelsOrigin = withModels ? fromModels : Origin.UNSET;
        this.migrations = location;
        this.migrationsOrigin = fromMigrations;
        this.properties = Map.copyOf(properties);
        this.maxPerPage = maxPerPage;
        this.statusTimeout = statusTimeout;
        this.ddlLockTimeout = duration(layers, layer -> layer.ddlLockTimeout, "ddlLockTimeout", "--lock-timeout",
                Database.ENV_LOCK_TIMEOUT, Migrator.DEFAULT_DDL_LOCK_TIMEOUT);
        this.ddlLockBudget = duration(layers, layer -> layer.ddlLockBudget, "ddlLockBudget", "--lock-budget",
                Database.ENV_LOCK_BUDGET, Migrator.DEFAULT_DDL_LOCK_BUDGET);
        this.queryTimeout = duration(layers, layer -> layer.queryTimeout, "queryTimeout", "queryTimeout",
                Database.ENV_QUERY_TIMEOUT, Database.DEFAULT_QUERY_TIMEOUT);
        this.busyTimeout = duration(layers, layer -> layer.busyTimeout, "busyTimeout", "busyTimeout",
                Database.ENV_BUSY_TIMEOUT, Database.DEFAULT_BUSY_TIMEOUT);
        this.modelChanges = modelChanges(layers);
        this.contracts = contracts(layers);
        this.validateSchema = flag(layers, layer -> layer.validateSchema, "validateSchema", Database.ENV_VALIDATE_SCHEMA);
        this.classLoader = classLoader != null ? classLoader : Database.class.getClassLoader();
        this.revisions = revisions;
        this.enumChecks = enumChecks;
        this.pooled = true;
        this.hibernateBoot = hibernateBoot;
        validate(fromModels.settingName("models", Database.ENV_MODELS),
                fromMigrations.settingName("migrations", Database.ENV_MIGRATIONS));
    }

    private DatabaseConfig(DatabaseConfig from, List<String> models, Origin modelsOrigin, boolean pooled,
            HibernateBoot hibernateBoot) {
        this.urlSetting = from.urlSetting;
        this.url = from.url;
        this.urlOrigin = from.urlOrigin;
        this.models = models;
        this.modelsOrigin = modelsOrigin;
        this.migrations = from.migrations;
        this.migrationsOrigin = from.migrationsOrigin;
        this.properties = from.properties;
        this.maxPerPage = from.maxPerPage;
        this.statusTimeout = from.statusTimeout;
        this.ddlLockTimeout = from.ddlLockTimeout;
        this.ddlLockBudget = from.ddlLockBudget;
        this.queryTimeout = from.queryTimeout;
        this.busyTimeout = from.busyTimeout;
        this.modelChanges = from.modelChanges;
        this.contracts = from.contracts;
        this.validateSchema = from.validateSchema;
        this.classLoader = from.classLoader;
        this.revisions = from.revisions;
        this.enumChecks = from.enumChecks;
        this.pooled = pooled;
        this.hibernateBoot = hibernateBoot;
    }

    private void validate(String modelsSetting, String migrationsSetting) {
        for (String pkg : models) {
            if (pkg == null || !PACKAGE.matcher(pkg).matches()) {
                throw new ConfigurationException(modelsSetting, modelsSetting + " has '" + pkg
                        + "', which is not a Java package name. Give packages like com.example.models.");
            }
        }
        if (statusTimeout == null || statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new ConfigurationException("statusTimeout", "statusTimeout must be positive, got " + statusTimeout + ".");
        }
        if (migrations != null && !PACKAGE.matcher(migrations).matches()) {
            throw new ConfigurationException(migrationsSetting, migrationsSetting + " has '" + migrations
                    + "', which is not a Java package name. Give the package of the revision classes, like"
                    + " com.example.migrations.");
        }
        if (maxPerPage < 1) {
            throw new ConfigurationException("maxPerPage", "maxPerPage must be 1 or more, got " + maxPerPage + ".");
        }
    }

    /** The value of the first layer (top first; {@code null} for a layer left out) that gives one, else {@code null}. */
    static <T> T pick(List<Layer> layers, Function<Layer, T> setting) {
        for (Layer layer : layers) {
            T value = layer == null ? null : setting.apply(layer);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A duration setting from the first layer that gives one, parsed and checked, named as its layer names it. */
    private static Duration duration(List<Layer> layers, Function<Layer, String> setting, String builderName,
            String option, String variable, Duration fallback) {
        String text = pick(layers, setting);
        if (text == null) {
            return fallback;
        }
        Origin from = origin(layers, setting);
        String name = from == Origin.OVERRIDE ? option : from.settingName(builderName, variable);
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        Duration value = null;
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "" : m.group(2);
            value = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> amount == 0 ? Duration.ZERO : null;
            };
        } else if (text.strip().toUpperCase(Locale.ROOT).startsWith("PT")) {
            try {
                value = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                value = null;
            }
        }
        if (value == null || value.isNegative()) {
            throw new ConfigurationException(name, name + " has '" + text + "', which is not a duration. Give a number"
                    + " with a unit, like 3s, 500ms or 2m (0 turns it off).");
        }
        return value;
    }

    /** The model-changes policy from the first layer that gives one, named as its layer names it; warn by default. */
    private static ModelChanges modelChanges(List<Layer> layers) {
        String text = pick(layers, layer -> layer.modelChanges);
        if (text == null) {
            return ModelChanges.WARN;
        }
        for (ModelChanges policy : ModelChanges.values()) {
            if (policy.name().equalsIgnoreCase(text.strip())) {
                return policy;
            }
        }
        String name = origin(layers, layer -> layer.modelChanges).settingName("modelChanges", Database.ENV_MODEL_CHANGES);
        throw new ConfigurationException(name, name + " has '" + text + "', which is not a model-changes policy. Give"
                + " warn (log one warning at start-up when the models have changes no revision captures), fail (refuse"
                + " to start) or ignore (skip the check).");
    }

    /** The contract mode from the first layer that gives one, named as its layer names it; manual by default. */
    private static ContractMode contracts(List<Layer> layers) {
        String text = pick(layers, layer -> layer.contracts);
        if (text == null) {
            return ContractMode.MANUAL;
        }
        try {
            return ContractMode.parse(text);
        } catch (IllegalArgumentException e) {
            String name = origin(layers, layer -> layer.contracts).settingName("contracts", Database.ENV_CONTRACT);
            throw new ConfigurationException(name, name + " has '" + text + "', which is not a contract mode. Give manual"
                    + " (sync and db upgrade stop before contract revisions until db upgrade --contract) or auto (they run"
                    + " with the others).");
        }
    }

    /** A true/false setting from the first layer that gives one ({@code false} when none does). */
    private static boolean flag(List<Layer> layers, Function<Layer, String> setting, String builderName, String variable) {
        String text = pick(layers, setting);
        if (text == null) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            String name = origin(layers, setting).settingName(builderName, variable);
            throw new ConfigurationException(name, name + " has '" + text + "', which is not a flag. Give true or false.");
        }
        return Boolean.parseBoolean(value);
    }

    private static Origin origin(List<Layer> layers, Function<Layer, ?> setting) {
        Origin[] origins = {Origin.OVERRIDE, Origin.ENVIRONMENT, Origin.BUILDER, Origin.DEFAULT};
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) != null && setting.apply(layers.get(i)) != null) {
                return origins[i];
            }
        }
        return Origin.UNSET;
    }

    /** These settings without the models: the {@link Database} it opens boots no Hibernate. */
    public DatabaseConfig withoutModels() {
        return models.isEmpty() ? this : new DatabaseConfig(this, List.of(), Origin.UNSET, pooled, hibernateBoot);
    }

    /**
     * These settings for a short process, such as a {@code db} command: the {@link Database} it opens starts no
     * connection pool (nor its threads) and opens each connection from the JDBC driver when it needs one, with
     * the same settings (the {@code hikari.*} isolation, read-only, catalog and schema too), closing it when done.
     * An in-memory database keeps its pool (it lives only while a connection is open), and so does one reached
     * through {@code hikari.dataSourceClassName}. Not for an application that serves requests.
     */
    public DatabaseConfig withoutPool() {
        return pooled ? new DatabaseConfig(this, models, modelsOrigin, false, hibernateBoot) : this;
    }

    /**
     * These settings with Hibernate's session factory built when {@code boot} says (see
     * {@link Database.Builder#hibernateBoot}).
     */
    public DatabaseConfig withHibernateBoot(HibernateBoot boot) {
        java.util.Objects.requireNonNull(boot, "boot");
        return boot == hibernateBoot ? this : new DatabaseConfig(this, models, modelsOrigin, pooled, boot);
    }

    /** When the {@link Database} builds Hibernate's session factory ({@link Database.Builder#hibernateBoot}; at open by default). */
    public HibernateBoot hibernateBoot() {
        return hibernateBoot;
    }

    /** Whether the {@link Database} keeps a connection pool ({@link #withoutPool()} says not). */
    public boolean pooled() {
        return pooled;
    }

    /** The database URL with its password masked (safe to print). */
    public String url() {
        return url.masked();
    }

    /** The layer the URL was taken from. */
    public Origin urlOrigin() {
        return urlOrigin;
    }

    /** The models packages (empty: no Hibernate). */
    public List<String> models() {
        return models;
    }

    /** The layer the models were taken from ({@link Origin#UNSET} when there are none). */
    public Origin modelsOrigin() {
        return modelsOrigin;
    }

    /** The migrations package, if any. */
    public Optional<String> migrations() {
        return Optional.ofNullable(migrations);
    }

    /** The layer the migrations location was taken from. */
    public Origin migrationsOrigin() {
        return migrationsOrigin;
    }

    /** The largest page size {@link Database#paginate} serves. */
    public int maxPerPage() {
        return maxPerPage;
    }

    /** How long {@link Database#status()} waits before answering NO_INFO. */
    public Duration statusTimeout() {
        return statusTimeout;
    }

    /**
     * How long each statement of a revision waits for a table's lock per attempt ({@code --lock-timeout},
     * {@code DB_LOCK_TIMEOUT}, {@link Database.Builder#ddlLockTimeout}; 3 s by default, zero: unbounded).
     */
    public Duration ddlLockTimeout() {
        return ddlLockTimeout;
    }

    /**
     * How long a revision that keeps timing out on locks is retried ({@code --lock-budget},
     * {@code DB_LOCK_BUDGET}, {@link Database.Builder#ddlLockBudget}; 60 s by default, zero: no retry).
     */
    public Duration ddlLockBudget() {
        return ddlLockBudget;
    }

    /**
     * How long one statement of the application may take before the database cancels it, and about how
     * long a request waits on a database that stops answering altogether ({@code DB_QUERY_TIMEOUT},
     * {@link Database.Builder#queryTimeout}; 10 s by default, zero: unbounded). Migrations are exempt.
     */
    public Duration queryTimeout() {
        return queryTimeout;
    }

    /**
     * How long a SQLite write waits for the file's lock while another connection or process holds it, before
     * it fails as unavailable ({@code DB_BUSY_TIMEOUT}, {@link Database.Builder#busyTimeout}; 5 s by default;
     * a {@code busy_timeout} parameter in the URL wins). Other databases ignore it.
     */
    public Duration busyTimeout() {
        return busyTimeout;
    }

    /**
     * Whether enum columns get the check of their values, {@code ck_<table>_<column>}
     * ({@link Database.Builder#enumChecks}; on by default; the builder's alone: the models' schema must
     * not depend on the environment it is run in).
     */
    public boolean enumChecks() {
        return enumChecks;
    }

    /**
     * What start-up ({@link Database#sync()}, the Javalin plugin) does when the models have changes no
     * revision captures (an override, {@code DB_MODEL_CHANGES}, {@link Database.Builder#modelChanges}; warn by default).
     */
    public ModelChanges modelChanges() {
        return modelChanges;
    }

    /**
     * Whether sync and upgrade run contract revisions ({@code DB_CONTRACT}, {@link Database.Builder#contracts};
     * {@link ContractMode#MANUAL} by default: they stop before the first pending one).
     */
    public ContractMode contracts() {
        return contracts;
    }

    /**
     * Whether Hibernate validates the live schema against the models when the database is built, failing
     * with Hibernate's message when they disagree ({@code DB_VALIDATE_SCHEMA},
     * {@link Database.Builder#validateSchema}; off by default).
     */
    public boolean validateSchema() {
        return validateSchema;
    }

    /**
     * Which database this is, in one line safe to print (no user, no password), and where the URL came
     * from: {@code sqlite file /srv/app/prod.db (from DATABASE_URL)},
     * {@code postgresql db.internal:5432/app (from the command line)}. What the command line prints
     * before it changes a database.
     */
    public String describeTarget() {
        String where = url.location();
        // A jdbc: URL's location is the (masked) URL itself; a file from a scheme URL is shown absolute.
        if (!url.memory() && url.kind().embedded() && !where.startsWith("jdbc:")) {
            where = "file " + Path.of(where).toAbsolutePath().normalize();
        }
        String kind = url.kind().name();
        String target = url.memory() || where.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? where : kind + " " + where;
        return target + " (from " + urlOrigin.describe(Database.ENV_URL) + ")";
    }

    /** The settings, passwords masked (in the URL and in any property whose name says it is a secret). */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        properties.forEach((key, value) -> shown.put(key, SECRET_KEY.matcher(key).matches() ? "***" : value));
        return "DatabaseConfig[url=" + url.masked() + " (" + urlOrigin.describe(Database.ENV_URL) + "), models=" + models
                + ", migrations=" + migrations + ", properties=" + shown + ", maxPerPage=" + maxPerPage
                + ", statusTimeout=" + statusTimeout + ", ddlLockTimeout=" + ddlLockTimeout
                + ", ddlLockBudget=" + ddlLockBudget + ", queryTimeout=" + queryTimeout + ", busyTimeout=" + busyTimeout
                + ", modelChanges=" + modelChanges + ", contracts=" + contracts + ", enumChecks=" + enumChecks
                + ", validateSchema=" + validateSchema + ", hibernateBoot=" + hibernateBoot + "]";
    }

    DatabaseUrl parsedUrl() {
        return url;
    }

    Map<String, String> properties() {
        return properties;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    RevisionSet revisions() {
        return revisions;
    }

    static String environment(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
