package io.strata.javalin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.strata.javalin.internal.HibernateModule;
import io.strata.javalin.internal.TextDeserializer;

/**
 * The JSON mapper the plugin gives Javalin ({@code ctx.json}, {@code ctx.bodyAsClass}), ready for entities:
 * {@code java.time} values as ISO-8601 strings ({@code "2026-01-31T12:00:00Z"}, {@code "2026-01-31"}), lazy
 * Hibernate associations that were not loaded left out instead of loaded (or failing) by accident, and strict
 * reading: unknown fields, a field given twice, trailing content, a number or boolean where a string belongs,
 * {@code null} for a primitive, and a string with a NUL character or a lone surrogate (which no database stores
 * faithfully) are refused, and the plugin answers them 400 naming the field.
 *
 * <p>To change it, start from {@link #objectMapper()} and register it after the plugin:
 * <pre>{@code
 * config.registerPlugin(strata);
 * config.jsonMapper(new JavalinJackson(StrataJson.objectMapper().registerModule(myModule), false));
 * }</pre>
 */
public final class StrataJson {

    private StrataJson() {
    }

    /** A new mapper with the plugin's settings. */
    public static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new HibernateModule())
                .registerModule(new SimpleModule("strata-text").addDeserializer(String.class, new TextDeserializer()))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
