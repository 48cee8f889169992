package io.strata.core;

/**
 * When a {@link Database} builds Hibernate's session factory, the larger part of its start-up. Mapping the
 * models (scanning them, reading their annotations, checking their ids) always happens when the database
 * opens, so a broken mapping fails {@link Database#open} whichever is chosen.
 */
public enum HibernateBoot {

    /** Before {@link Database#open} returns (the default): a failure, such as {@code validateSchema}'s, fails it. */
    AT_OPEN,

    /**
     * On a thread of its own, started by {@link Database#open}: the application can listen, migrate
     * ({@link Database#sync()} needs no session) and answer liveness probes meanwhile. The first call that
     * needs a session waits for it; {@link Database#awaitBoot()} waits and throws the build's failure, and
     * {@link Database#booting()} tells whether it still runs (Strata's Javalin plugin answers readiness 503
     * {@code STARTING} until then). The pool opens its first connection on a thread of its own too, while the
     * models are mapped, so the application's first statement does not wait for the driver to connect.
     */
    IN_BACKGROUND,

    /**
     * By the first call that needs a session, or never: for tools that use only the models' schema
     * (autogenerate, check, drift, create), such as the {@code db} command line.
     */
    ON_FIRST_USE
}
