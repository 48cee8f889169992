package io.strata.javalin.internal;

import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Collection;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body Jackson could not read, told in the client's terms: where the JSON breaks, which
 * field is unknown or has a value of the wrong kind. Never Jackson's own message, which names Java
 * classes and its internal limits.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        // Databind wraps what the parser throws inside a field, so look through the causes.
        if (Problems.find(e, StreamConstraintsException.class) != null) {
            return Problem.malformedJson("The request body is too large or too deeply nested to read; send a smaller"
                    + " JSON document.");
        }
        JsonParseException parse = Problems.find(e, JsonParseException.class);
        if (parse != null && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
            String field = duplicated(parse);
            return Problem.invalidBody(field, "Field '" + field + "' is given more than once; send each field once.");
        }
        if (e instanceof UnstorableTextException text) {
            String field = path(text);
            return Problem.invalidBody(field.isEmpty() ? null : field,
                    (field.isEmpty() ? "The request body " : "Field '" + field + "' ") + text.problem() + ".");
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return Problem.malformedJson("The request body is not valid JSON" + where(e.getLocation())
                    + ". Send a JSON document, with Content-Type: application/json.");
        }
        String message = String.valueOf(mapping.getOriginalMessage());
        if (message.startsWith("No content to map")) {
            return Problem.malformedJson("The request body is empty; send a JSON document, with Content-Type:"
                    + " application/json.");
        }
        if (message.startsWith("Trailing token")) {
            return Problem.malformedJson("The request body has more after its JSON value" + where(e.getLocation())
                    + "; send one JSON document.");
        }
        String field = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.invalidBody(field, "Unknown field '" + field + "'; the fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() + ".");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (field.isEmpty()) {
                return Problem.invalidBody(null, "The request body must be " + expected(mismatch.getTargetType()) + ".");
            }
            return Problem.invalidBody(field, "Field '" + field + "' must be " + expected(mismatch.getTargetType()) + ".");
        }
        return Problem.invalidBody(field.isEmpty() ? null : field, field.isEmpty()
                ? "The request body does not fit what this endpoint expects."
                : "Field '" + field + "' has a value this endpoint cannot use.");
    }

    /** The field's path in the body ({@code author.email}, {@code tags[2]}); empty for the body itself. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path of the field a duplicate was found for ({@code author.email}), from the parser's position. */
    private static String duplicated(JsonParseException e) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        JsonParser parser = e.getProcessor();
        if (parser != null) {
            for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                    context = context.getParent()) {
                chain.addFirst(context);
            }
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context : chain) {
            if (context.inArray()) {
                path.append('[').append(context.getCurrentIndex()).append(']');
            } else if (context.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.getCurrentName());
            }
        }
        return path.toString();
    }

    /** What a value of {@code type} looks like in JSON, in words. */
    private static String expected(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == long.class || type == int.class || type == short.class || type == byte.class || type == Long.class
                || type == Integer.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.ZonedDateTime.class) {
            return "an ISO-8601 date and time with an offset, like 2026-01-31T12:00:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date, like 2026-01-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time, like 2026-01-31T12:00:00";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
