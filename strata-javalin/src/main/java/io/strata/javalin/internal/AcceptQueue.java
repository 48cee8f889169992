package io.strata.javalin.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Sizes the operating system's queue of connections waiting to be accepted (the listen backlog) on every
 * connector of the server; without it the JDK's default of 50 resets or drops clients of a burst.
 */
public final class AcceptQueue {

    private AcceptQueue() {
    }

    /** Gives each connector of {@code server} a queue of {@code size} when the server starts (its connectors exist by then). */
    public static void size(Server server, int size) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector listening && listening.getAcceptQueueSize() < size) {
                        listening.setAcceptQueueSize(size);
                    }
                }
            }
        });
    }
}
