package io.strata.core.internal.boot;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;

import io.strata.core.ModelException;

/**
 * The booted models: Hibernate's boot model (the source of the neutral schema), the classes found, and
 * the session factory, built from the boot model once {@link #startSessionFactory} is called, possibly on
 * another thread. Asking for the factory waits for the build; a failed build throws its
 * {@link ModelException} again to every caller.
 *
 * <p>Hibernate's boot model is not meant to be read by two threads: read it before starting the build,
 * or after {@link #awaitSessionFactory()}.
 */
public final class Models {

    private final Metadata metadata;
    private final List<Class<?>> classes;
    private final Supplier<SessionFactory> build;
    private final Runnable release;
    private volatile CompletableFuture<SessionFactory> sessionFactory;

    /**
     * Models whose session factory {@code build} makes (releasing what it made when it fails); {@code release}
     * frees the boot model's services when the factory is never built.
     */
    Models(Metadata metadata, List<Class<?>> classes, Supplier<SessionFactory> build, Runnable release) {
        this.metadata = metadata;
        this.classes = List.copyOf(classes);
        this.build = build;
        this.release = release;
    }

    /** Hibernate's boot model. */
    public Metadata metadata() {
        return metadata;
    }

    /** The model classes found by scanning. */
    public List<Class<?>> classes() {
        return classes;
    }

    /** Starts building the session factory on {@code executor} (once). */
    public synchronized void startSessionFactory(Executor executor) {
        if (sessionFactory == null) {
            sessionFactory = CompletableFuture.supplyAsync(build, executor);
        }
    }

    /**
     * The session factory, once built. A build that failed throws a new {@link ModelException} with the
     * build's message and cause (the stack trace is the caller's; the cause has Hibernate's details).
     */
    public SessionFactory sessionFactory() {
        try {
            return started().join();
        } catch (CompletionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof ModelException model) {
                throw new ModelException(model.getMessage(), model.getCause());
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new ModelException(String.valueOf(failure.getMessage()), failure);
        }
    }

    /** Waits for the session factory's build to end, whether it succeeded or not. */
    public void awaitSessionFactory() {
        try {
            started().join();
        } catch (CompletionException e) {
            // reported by sessionFactory()
        }
    }

    /** Closes the session factory, waiting for its build to end; frees the boot model's services if it never started. */
    public synchronized void close() {
        if (sessionFactory == null) {
            release.run();
            sessionFactory = CompletableFuture.failedFuture(new IllegalStateException("closed before building"));
            return;
        }
        SessionFactory factory;
        try {
            factory = sessionFactory.join();
        } catch (CompletionException e) {
            return; // the failed build released what it had made
        }
        factory.close();
    }

    private CompletableFuture<SessionFactory> started() {
        CompletableFuture<SessionFactory> future = sessionFactory;
        if (future == null) {
            throw new IllegalStateException("The session factory's build has not been started.");
        }
        return future;
    }
}
