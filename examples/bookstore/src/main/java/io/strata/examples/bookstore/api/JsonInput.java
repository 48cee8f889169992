package io.strata.examples.bookstore.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * A request's JSON object body, read field by field with checks that name the field and the fix:
 * malformed JSON, a body that is not an object, unknown, missing, blank or wrongly typed fields, and
 * strings longer than their column all answer 400.
 */
public final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode body;

    private JsonInput(JsonNode body) {
        this.body = body;
    }

    /** The body of {@code ctx}, which must be a JSON object with only the {@code allowed} fields. */
    public static JsonInput of(Context ctx, Set<String> allowed, String example) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw ApiException.badRequest("The request needs a JSON object body, like " + example + ".");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("The body is not valid JSON (" + e.getOriginalMessage() + where
                    + "). Send an object like " + example + ".");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object, like " + example + ".");
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("Unknown field(s) " + unknown + "; the fields are " + allowed.stream().sorted().toList()
                    + ".");
        }
        return new JsonInput(node);
    }

    /** Whether the field is present (even as null). */
    public boolean has(String field) {
        return body.has(field);
    }

    /** A required, non-blank string of at most {@code maxLength} characters. */
    public String requiredString(String field, int maxLength) {
        return optionalString(field, maxLength)
                .orElseThrow(() -> ApiException.badRequest("Field '" + field + "' is required (a string of 1 to "
                        + maxLength + " characters)."));
    }

    /** A non-blank string of at most {@code maxLength} characters, if the field is present and not null. */
    public Optional<String> optionalString(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("Field '" + field + "' must be a string, got " + value.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String text = value.textValue();
        if (text.isBlank()) {
            throw ApiException.badRequest("Field '" + field + "' must not be blank.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw ApiException.badRequest("Field '" + field + "' is " + length + " characters long; the most it can"
                    + " hold is " + maxLength + ".");
        }
        return Optional.of(text);
    }

    /** A whole number id (at least 1), if the field is present and not null. */
    public Optional<Long> optionalId(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 1) {
            throw ApiException.badRequest("Field '" + field + "' must be a whole number id of 1 or more, got " + value + ".");
        }
        return Optional.of(value.longValue());
    }
}
