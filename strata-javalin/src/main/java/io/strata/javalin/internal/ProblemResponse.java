package io.strata.javalin.internal;

import java.util.Map;

import io.javalin.http.HttpResponseException;

/** An HTTP error the plugin itself raises, carrying the exact {@link Problem} to answer. */
public final class ProblemResponse extends HttpResponseException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** A response answering {@code problem}. */
    public ProblemResponse(Problem problem) {
        super(problem.status(), problem.detail(), Map.of());
        this.problem = problem;
    }

    /** The problem to answer. */
    public Problem problem() {
        return problem;
    }
}
