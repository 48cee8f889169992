package io.strata.core.internal.boot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import io.strata.core.ModelException;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.core.internal.url.DatabaseKind;

/**
 * Builds Hibernate from scanned model classes without {@code persistence.xml} and without touching
 * the database: the dialect and its version are given, so start-up works while the database is down.
 */
public final class HibernateBootstrap {

    static {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private HibernateBootstrap() {
    }

    /** The Hibernate settings Strata chooses for a database, before the user's engine properties. */
    static Map<String, Object> defaults(DatabaseKind kind) {
        Map<String, Object> settings = new HashMap<>();
        if (kind != DatabaseKind.OTHER) {
            Dialect dialect = Dialects.byName(kind.dialectName());
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new SnakeCaseNames(dialect::isReservedWord));
        } else {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new SnakeCaseNames(word -> false));
            settings.put(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true");
        }
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put("hibernate.column_ordering_strategy", "legacy");
        String[] dialect = switch (kind) {
            case SQLITE -> new String[] {"org.hibernate.community.dialect.SQLiteDialect", "SQLite", "3.45"};
            // Hibernate picks its own dialects for H2 and MariaDB from the product name and version.
            case H2 -> new String[] {null, "H2", "2.3.232"};
            case POSTGRESQL -> new String[] {StrataPostgreSQLDialect.class.getName(), "PostgreSQL", "14.0"};
            case MARIADB -> new String[] {null, "MariaDB", "10.11"};
            case OTHER -> null;
        };
        if (dialect != null) {
            // The database's version is assumed, not read: start-up needs no connection.
            if (dialect[0] != null) {
                settings.put(AvailableSettings.DIALECT, dialect[0]);
            }
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, dialect[1]);
            String[] version = dialect[2].split("\\.");
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, dialect[2]);
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, version[0]);
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, version[1]);
            settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        }
        if (kind == DatabaseKind.SQLITE || kind == DatabaseKind.POSTGRESQL) {
            settings.put(PlainLobs.SETTING, "true");
        }
        if (kind == DatabaseKind.SQLITE) {
            // Hibernate's fallback for multi-table (joined) bulk updates and deletes on SQLite creates
            // HTE_ tables when the session factory starts: the schema is Strata's to create.
            settings.put(AvailableSettings.QUERY_MULTI_TABLE_MUTATION_STRATEGY,
                    "org.hibernate.query.sqm.mutation.internal.inline.InlineMutationStrategy");
            settings.put("hibernate.query.mutation_strategy.persistent.create_tables", "false");
            // sqlite-jdbc reads the generated id itself after every insert; without this Hibernate then
            // runs its own "select last_insert_rowid()" for each one.
            settings.put(AvailableSettings.USE_GET_GENERATED_KEYS, "true");
        }
        return settings;
    }

    /**
     * Hibernate's boot model of the classes alone, handed to {@code use} and then released: no
     * session factory, no connection. For tools that need only the models' schema.
     */
    public static <R> R withMetadata(DatabaseKind kind, List<Class<?>> classes, Function<Metadata, R> use) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(defaults(kind)).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().applyImplicitNamingStrategy(new ImplicitNames()).build();
            IdGenerationCheck.verify(metadata);
            return use.apply(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Boots Hibernate over the pool; mapping errors become {@link ModelException}s that keep
     * Hibernate's message and name the packages.
     */
    public static Models boot(DatabaseKind kind, DataSource dataSource, List<Class<?>> classes, List<String> packages,
            Map<String, String> engineProperties, ClassLoader loader) {
        Map<String, Object> settings = defaults(kind);
        engineProperties.forEach((k, v) -> {
            if (!k.startsWith(ConnectionPool.HIKARI_PREFIX)) {
                settings.put(k, v);
            }
        });
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        // Hibernate loads the models by name too: it must see the class loader they were found in.
        var bootstrap = new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().applyImplicitNamingStrategy(new ImplicitNames()).build();
            IdGenerationCheck.verify(metadata);
            SessionFactory factory = metadata.buildSessionFactory();
            return new Models(metadata, factory, classes);
        } catch (ModelException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ModelException("Hibernate rejected the models in " + packages + ": " + e.getMessage()
                    + " (fix the entity or mapping named in this message; the cause has Hibernate's details)", e);
        }
    }
}
