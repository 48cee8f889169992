package io.strata.javalin.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.core.Database;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Removes the thread's session when a thread leaves a request. For a synchronous request the
 * {@link RequestEnd} has already done it and this costs a thread-local lookup; for one that went async
 * ({@code ctx.future}, {@code ctx.async}) it rolls back and closes what the handler did on this thread
 * before going async, so that the thread, which Jetty reuses at once, never brings that session into
 * its next request.
 */
public final class RequestThreadFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestThreadFilter.class);

    private final Database database;

    /** A filter for requests over {@code database}. */
    public RequestThreadFilter(Database database) {
        this.database = database;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                database.removeSession();
            } catch (RuntimeException e) {
                LOG.warn("Could not roll back and close the session a request left on its thread", e);
            }
        }
    }
}
