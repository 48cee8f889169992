package io.strata.javalin.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import io.strata.StrataException;
import io.strata.core.Database;
import io.strata.javalin.InvalidPageParameterResponse;

/**
 * The one place a request's failure becomes its error answer ({@link Problem}): Javalin's HTTP
 * responses and parameter validation, a body Jackson could not read, Strata's exceptions by their
 * {@link io.strata.ErrorKind}, a write whose row another request changed or deleted meanwhile (404 for a
 * delete, 409 otherwise: {@link StaleRows}), constraint violations ({@link ConstraintProblems}), an unreachable database
 * (503), and anything else as a logged 500 that shows nothing of its internals.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String SERVER_ERROR = "The request failed because of an error on the server, which logged it.";
    /**
     * What Javalin throws when a body is read as JSON ({@code ctx.bodyAsClass}) without a JSON Content-Type, under
     * its {@code strictContentTypes} setting, which the plugin turns on: the client's 415.
     */
    private static final String NOT_JSON = "Content-Type is not application/json";

    /** SQLSTATE class 22, data exception (SQL standard): a value the database cannot store, which the request sent. */
    private static final String DATA_EXCEPTION = "22";

    private final ConstraintProblems constraints;

    /** Maps failures of requests over {@code database} (whose models name the fields). */
    public Problems(Database database) {
        this.constraints = new ConstraintProblems(database);
    }

    /** Answers {@code failure} as a problem, in the form the client accepts. */
    public void answer(Exception failure, Context ctx) {
        Problem problem = of(failure);
        if (problem.status() >= 500) {
            if (problem.equals(Problem.databaseUnavailable())) {
                LOG.warn("{} {}: the database is unavailable ({}); answering 503", ctx.method(), ctx.path(),
                        DatabaseUnavailable.describe(failure));
            } else {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
            }
        } else {
            LOG.debug("{} {}: {} {}", ctx.method(), ctx.path(), problem.status(), problem.detail());
        }
        if (failure instanceof HttpResponseException http && http.getDetails().containsKey("availableMethods")) {
            ctx.header(Header.ALLOW, http.getDetails().get("availableMethods"));
        }
        ErrorBodies.answer(ctx, problem);
    }

    /** The problem {@code failure} is for the client. */
    Problem of(Exception failure) {
        if (DatabaseUnavailable.causedBy(failure)) {
            return Problem.databaseUnavailable();
        }
        HttpResponseException http = find(failure, HttpResponseException.class);
        if (http != null) {
            return ofHttp(http);
        }
        if (failure instanceof ValidationException validation) {
            return ofValidation(validation);
        }
        if (failure instanceof JsonProcessingException json) {
            return JsonProblems.of(json);
        }
        if (failure instanceof StrataException strata) {
            return ofKind(strata);
        }
        Optional<Problem> stale = StaleRows.of(failure);
        if (stale.isPresent()) {
            return stale.get();
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
            return Problem.invalidValue(null, "A value in the request cannot be stored: the database refused it as data"
                    + " (too long, out of range or not valid text; SQLSTATE " + sql.getSQLState() + ").");
        }
        return constraints.of(failure).orElseGet(() -> Problem.internalError(SERVER_ERROR));
    }

    private static Problem ofHttp(HttpResponseException e) {
        if (e instanceof ProblemResponse own) {
            return own.problem();
        }
        if (e instanceof BadRequestResponse && NOT_JSON.equals(e.getMessage())) {
            return Problem.unsupportedMediaType("This endpoint reads a JSON body: send it with Content-Type:"
                    + " application/json.");
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? defaultDetail(e.getStatus()) : e.getMessage();
        String field = e instanceof InvalidPageParameterResponse page ? page.parameter() : e.getDetails().get("field");
        if (e instanceof InvalidPageParameterResponse) {
            return Problem.invalidParameter(field, detail);
        }
        return switch (e.getStatus()) {
            case 400 -> Problem.invalidRequest(detail).withField(field);
            case 404 -> Problem.notFound(detail).withField(field);
            case 409 -> Problem.conflict(detail).withField(field);
            default -> new Problem(null, reason(e.getStatus()), e.getStatus(), detail, field);
        };
    }

    private static Problem ofValidation(ValidationException e) {
        Map.Entry<String, List<ValidationError<Object>>> first = e.getErrors().entrySet().iterator().next();
        String parameter = first.getKey();
        ValidationError<Object> error = first.getValue().get(0);
        String value = error.value == null ? null : String.valueOf(error.value);
        if (value != null && value.length() > 40) {
            value = value.substring(0, 40) + "…";
        }
        String detail = switch (error.getMessage()) {
            case "NULLCHECK_FAILED" -> "Parameter '" + parameter + "' is required.";
            case "TYPE_CONVERSION_FAILED" -> "Parameter '" + parameter + "' has an invalid value '" + value + "'.";
            default -> "Parameter '" + parameter + "' " + error.getMessage() + (value == null ? "" : ", got '" + value + "'")
                    + ".";
        };
        return Problem.invalidParameter(parameter, detail);
    }

    private static Problem ofKind(StrataException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> Problem.notFound(e.getMessage());
            case INVALID_INPUT -> Problem.invalidRequest(e.getMessage());
            case CONFLICT -> Problem.conflict(e.getMessage());
            case UNREACHABLE -> Problem.databaseUnavailable();
            default -> Problem.internalError(SERVER_ERROR);
        };
    }

    /** The first of {@code failure} and its causes that is a {@code type}, else {@code null}. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String defaultDetail(int status) {
        return status == 404 ? "Nothing is at this address." : reason(status) + ".";
    }

    private static String reason(int status) {
        io.javalin.http.HttpStatus known = io.javalin.http.HttpStatus.forStatus(status);
        return known == io.javalin.http.HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
    }
}
