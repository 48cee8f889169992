package io.strata.core.internal.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.graph.MultipleHeadsException;
import io.strata.migrations.revision.NoRevisionsFoundException;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.ContractMode;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SchemaStatus;
import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.schema.Schema;

/**
 * The database's migrations: the revisions (scanned once, on first use), the {@link Migrator} over
 * the pool, and a status check that costs one query and never waits longer than its timeout.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final Executor STATUS_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "strata-status");
        t.setDaemon(true);
        return t;
    });

    private final DataSource dataSource;
    private final DataSource migrationSource;
    private final Dialect dialect;
    private final String location;
    private final RevisionSet given;
    private final ClassLoader loader;
    private final Duration statusTimeout;
    private final Duration ddlLockTimeout;
    private final Duration ddlLockBudget;
    private final ContractMode contracts;
    private final AtomicReference<CompletableFuture<SchemaStatus>> inFlight = new AtomicReference<>();
    private volatile Migrator migrator;
    /** The same revisions over the application's bounded connections: what the status query runs on. */
    private volatile Migrator statusReader;
    private volatile Set<String> heads;

    /**
     * Migrations given as {@code revisions}, or else found in {@code location} (a package; {@code null} for
     * none). They run on {@code migrationSource}'s connections; the status query on {@code dataSource}'s,
     * bounded as the application's are, so a hung database cannot hold a probe's thread for ever.
     */
    public Migrations(DataSource dataSource, DataSource migrationSource, Dialect dialect, String location,
            RevisionSet revisions, ClassLoader loader, Duration statusTimeout, Duration ddlLockTimeout,
            Duration ddlLockBudget, ContractMode contracts) {
        this.contracts = contracts;
        this.ddlLockTimeout = ddlLockTimeout;
        this.ddlLockBudget = ddlLockBudget;
        this.dataSource = dataSource;
        this.migrationSource = migrationSource;
        this.given = revisions;
        this.dialect = dialect;
        this.location = location;
        this.loader = loader;
        this.statusTimeout = statusTimeout;
    }

    /** The migrator, built (and the revisions scanned) on first use. */
    public Migrator migrator() {
        Migrator m = migrator;
        if (m == null) {
            synchronized (this) {
                m = migrator;
                if (m == null) {
                    RevisionSet revisions = scan();
                    m = migratorOver(migrationSource, revisions);
                    statusReader = migrationSource == dataSource ? m : migratorOver(dataSource, revisions);
                    heads = Set.copyOf(m.heads());
                    migrator = m;
                }
            }
        }
        return m;
    }

    private Migrator migratorOver(DataSource source, RevisionSet revisions) {
        return Migrator.builder().dataSource(source).dialect(dialect).revisions(revisions)
                .ddlLockTimeout(ddlLockTimeout).ddlLockBudget(ddlLockBudget).contracts(contracts).build();
    }

    /** The heads of the revisions (computed once). */
    public Set<String> heads() {
        migrator();
        return heads;
    }

    /**
     * Brings the database to the heads under the migration lock. With the models' schema, a database
     * with no version gets it and is stamped ({@link Migrator#sync}); without models ({@code null}), a
     * database with no version is upgraded from the first revision instead.
     */
    public SyncResult sync(Schema models) {
        Migrator m = migrator();
        if (models != null) {
            return m.sync(models);
        }
        Set<String> current = m.current();
        if (!current.isEmpty() && current.equals(heads())) {
            // At the heads already: nothing to plan, and no lock needed to know it.
            return SyncResult.ALREADY_UP_TO_DATE;
        }
        return m.sync(null);
    }

    /** The one revision of {@code revisions}, if any; several is an error naming them and {@code asker}. */
    public static Optional<String> single(Set<String> revisions, String asker) {
        if (revisions.size() > 1) {
            throw new MultipleHeadsException(revisions.stream().sorted().toList(), asker);
        }
        return revisions.stream().findFirst();
    }

    /**
     * The status: one query of the version table (two when the database is ahead), answered within the
     * timeout or NO_INFO. Concurrent callers share one query in flight, so probes cannot pile up while
     * the database hangs.
     */
    public DatabaseStatus status() {
        return schemaStatus().status();
    }

    /** {@link #status()} with the revisions that explain it. */
    public SchemaStatus schemaStatus() {
        Set<String> latest;
        try {
            latest = heads();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the revisions in {}: {}", location, e.getMessage());
            return SchemaStatus.noInfo(Set.of());
        }
        SchemaStatus status = statusWithin(statusTimeout);
        return status == null ? SchemaStatus.noInfo(latest) : status;
    }

    /**
     * The status within the status timeout; throws the failure when the database failed, and
     * {@code onTimeout}'s exception when it did not answer in time.
     */
    public SchemaStatus statusOrThrow(java.util.function.Supplier<RuntimeException> onTimeout) {
        heads();
        CompletableFuture<SchemaStatus> running = query(statusTimeout);
        try {
            return running.get(statusTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw onTimeout.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw onTimeout.get();
        }
    }

    /** The status, or {@code null} when the database did not answer in time or failed. */
    public SchemaStatus statusWithin(Duration timeout) {
        CompletableFuture<SchemaStatus> running = query(timeout);
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The status query in flight, started if none is. */
    private CompletableFuture<SchemaStatus> query(Duration timeout) {
        CompletableFuture<SchemaStatus> mine = new CompletableFuture<>();
        CompletableFuture<SchemaStatus> running = inFlight.compareAndExchange(null, mine);
        if (running == null) {
            running = mine;
            migrator();
            Migrator m = statusReader;
            STATUS_THREADS.execute(() -> {
                SchemaStatus status = null;
                Throwable failure = null;
                try {
                    status = m.status(Duration.ofSeconds(Math.max(1, timeout.toSeconds())));
                } catch (Throwable e) {
                    failure = e;
                }
                // Cleared before completing: a caller arriving after the answer starts a fresh query
                // instead of reusing this one's result.
                inFlight.compareAndSet(mine, null);
                if (failure == null) {
                    mine.complete(status);
                } else {
                    mine.completeExceptionally(failure);
                }
            });
        }
        return running;
    }

    private RevisionSet scan() {
        if (given != null) {
            return given;
        }
        if (location == null) {
            return RevisionSet.empty();
        }
        try {
            return RevisionSet.scan(location, loader);
        } catch (NoRevisionsFoundException e) {
            LOG.info("No revisions in {} yet: the schema is created from the models alone", location);
            return RevisionSet.empty();
        }
    }
}
