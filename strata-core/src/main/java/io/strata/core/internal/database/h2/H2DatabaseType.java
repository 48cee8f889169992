package io.strata.core.internal.database.h2;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.strata.core.ConstraintViolation;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.HibernateSettings;
import io.strata.core.internal.database.JdbcDriver;
import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.core.internal.url.UrlParser;

/** H2: {@code h2:mem:name} in memory (kept until the process ends), {@code h2:file:path} on disk. */
public final class H2DatabaseType implements DatabaseType {

    private static final JdbcDriver DRIVER = new JdbcDriver("org.h2.Driver", "com.h2database:h2");

    /** Hibernate's H2 dialect, as Strata's subclass (named, not referenced: Hibernate loads only when booted). */
    private static final HibernateSettings HIBERNATE = new HibernateSettings(
            "io.strata.core.internal.database.h2.StrataH2Dialect", "H2", "2.3.232", Map.of());

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    public List<String> schemes() {
        return List.of("h2");
    }

    @Override
    public List<String> jdbcPrefixes() {
        return List.of("jdbc:h2:");
    }

    @Override
    public String urlForms() {
        return "h2:mem:name, h2:file:path";
    }

    @Override
    public DatabaseUrl parse(String raw, UrlParser parser) {
        String rest = raw.substring(3);
        if (rest.startsWith("mem:")) {
            String name = rest.substring(4);
            if (name.isEmpty()) {
                name = "strata-" + UUID.randomUUID();
            }
            return new DatabaseUrl(this, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "",
                    Map.of(), "in-memory H2 '" + name + "'", raw, true);
        }
        if (rest.startsWith("file:") && rest.length() > 5) {
            return new DatabaseUrl(this, "jdbc:h2:" + rest, "sa", "", Map.of(), rest.substring(5), raw, false);
        }
        throw parser.error("'" + UrlParser.maskLoose(raw) + "' is not an H2 URL. Write h2:mem:name for in-memory or h2:file:path for a file.");
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public boolean inMemory(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    @Override
    public Optional<JdbcDriver> driver(DatabaseUrl url) {
        return Optional.of(DRIVER);
    }

    @Override
    public Optional<HibernateSettings> hibernate() {
        return Optional.of(HIBERNATE);
    }

    /** A refused insert undoes only itself; the transaction goes on. */
    @Override
    public InsertRecovery insertRecovery() {
        return InsertRecovery.STATEMENT;
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException e) {
        return H2Violations.describe(e);
    }

    @Override
    public Optional<String> migrationsDialect() {
        return Optional.of("h2");
    }

    @Override
    public String toString() {
        return name();
    }
}
