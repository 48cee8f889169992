package io.strata.javalin.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Jackson's string reading (with its coercion rules), refusing what {@link TextValues} refuses, so a body
 * field with a NUL or a lone surrogate is a 400 naming the field rather than a database error.
 */
public final class TextDeserializer extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        String problem = value == null ? null : TextValues.problem(value);
        if (problem != null) {
            throw new UnstorableTextException(p, problem);
        }
        return value;
    }
}
