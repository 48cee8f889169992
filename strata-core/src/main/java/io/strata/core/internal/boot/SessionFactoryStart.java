package io.strata.core.internal.boot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.core.HibernateBoot;

/**
 * The session factory of mapped models, built once: when the database opens, on a thread of its own, or
 * by the first call that needs it ({@link HibernateBoot}). Every caller of {@link #get()} waits for the
 * one build and gets its session factory or its failure.
 */
public final class SessionFactoryStart implements Supplier<SessionFactory> {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFactoryStart.class);

    private final Models models;
    private final CompletableFuture<SessionFactory> factory = new CompletableFuture<>();
    /** Set by whoever builds the factory, or by {@link #close()} when nobody has: it is built at most once. */
    private final AtomicBoolean claimed = new AtomicBoolean();

    private SessionFactoryStart(Models models) {
        this.models = models;
    }

    /**
     * Starts building the session factory of {@code models} as {@code boot} says: {@code AT_OPEN} builds it
     * now and throws its failure, {@code IN_BACKGROUND} on a new daemon thread, {@code ON_FIRST_USE} not yet.
     */
    public static SessionFactoryStart of(Models models, HibernateBoot boot) {
        SessionFactoryStart start = new SessionFactoryStart(models);
        switch (boot) {
            case AT_OPEN -> start.get();
            case IN_BACKGROUND -> {
                Thread thread = new Thread(start::buildInBackground, "strata-hibernate-boot");
                thread.setDaemon(true);
                thread.start();
            }
            case ON_FIRST_USE -> {
            }
        }
        return start;
    }

    /** The session factory, built by this call if nobody started it, or once its build ends; throws its failure. */
    @Override
    public SessionFactory get() {
        build();
        try {
            return factory.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Hibernate to start", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Whether the session factory is being built now (it was started and has not finished or failed). */
    public boolean building() {
        return claimed.get() && !factory.isDone();
    }

    /** Closes the session factory, waiting for a build under way; releases Hibernate's services if none was built. */
    public void close() {
        if (claimed.compareAndSet(false, true)) {
            factory.completeExceptionally(new IllegalStateException("The database is closed; Hibernate was not started."));
            models.release();
            return;
        }
        try {
            factory.join().close();
        } catch (RuntimeException failed) {
            // The build failed and released Hibernate's services itself.
        }
    }

    private void buildInBackground() {
        build();
        // Nobody may be waiting yet: the failure is logged here, once, and thrown to every caller of get().
        factory.whenComplete((built, failure) -> {
            if (failure != null) {
                LOG.error("Hibernate could not start over the models in {}", models.packages(), failure);
            }
        });
    }

    private void build() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            factory.complete(HibernateBootstrap.sessionFactory(models));
        } catch (RuntimeException | Error e) {
            factory.completeExceptionally(e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
