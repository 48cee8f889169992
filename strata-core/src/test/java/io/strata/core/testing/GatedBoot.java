package io.strata.core.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Holds the session factory build of a database that sets the Hibernate property {@value #PROPERTY} until a
 * test {@linkplain #open() opens the gate}, and counts the session factories built and closed: a build under
 * way made observable. An integrator (registered in {@code META-INF/services}), which Hibernate calls while it
 * builds a session factory; it is inert for every database without the property.
 */
public final class GatedBoot implements Integrator {

    /** The Hibernate property ({@code Database.Builder.property(PROPERTY, "true")}) that holds a database's build. */
    public static final String PROPERTY = "strata.test.gated_boot";

    private static volatile CountDownLatch entered = new CountDownLatch(1);
    private static volatile CountDownLatch gate = new CountDownLatch(1);
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final AtomicInteger CLOSED = new AtomicInteger();

    /** Opens the gate of a build held now, then closes a new one for the next test, with the counts at 0. */
    public static void reset() {
        gate.countDown();
        entered = new CountDownLatch(1);
        gate = new CountDownLatch(1);
        CREATED.set(0);
        CLOSED.set(0);
    }

    /** Counted down when a build reaches the gate. */
    public static CountDownLatch entered() {
        return entered;
    }

    /** Lets the builds through (this one and those after it, until {@link #reset()}). */
    public static void open() {
        gate.countDown();
    }

    /** The session factories built through the gate. */
    public static AtomicInteger created() {
        return CREATED;
    }

    /** The gated session factories closed. */
    public static AtomicInteger closed() {
        return CLOSED;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
        if (!factory.getProperties().containsKey(PROPERTY)) {
            return;
        }
        entered.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate of Hibernate's boot");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CREATED.incrementAndGet();
        factory.addObserver(new SessionFactoryObserver() {
            @Override
            public void sessionFactoryClosed(SessionFactory closing) {
                CLOSED.incrementAndGet();
            }
        });
    }
}
