package io.strata.core.internal.database;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.ConstraintViolation;

/**
 * Reads the names out of a constraint violation's message, for the database types that word their own:
 * identifiers are unquoted, unqualified and lower-cased, as the models name them.
 */
public final class ViolationText {

    private ViolationText() {
    }

    /** The first group of {@code pattern} in {@code message} as an identifier, else {@code null}. */
    public static String name(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? identifier(m.group(1)) : null;
    }

    /** The first group of {@code pattern} in {@code message} as a comma-separated list of identifiers. */
    public static List<String> names(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(","))
                .map(ViolationText::identifier)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** A violation of {@code kind} naming what the message names. */
    public static ConstraintViolation violation(ConstraintViolation.Kind kind, String table, List<String> columns,
            String constraint) {
        return new ConstraintViolation(kind, table, columns, constraint);
    }

    /**
     * An identifier without quotes, schema or table qualifier, or index ordering ({@code PUBLIC.NOTES} →
     * {@code notes}, {@code TITLE NULLS FIRST} → {@code title}, {@code `db`.`notes`} → {@code notes}).
     */
    static String identifier(String raw) {
        String name = raw.strip().replaceAll("(?i)\\s+(NULLS\\s+(FIRST|LAST)|ASC|DESC)$", "");
        name = name.replace("\"", "").replace("`", "").replace("'", "");
        int dot = name.lastIndexOf('.');
        return (dot >= 0 ? name.substring(dot + 1) : name).strip().toLowerCase(Locale.ROOT);
    }
}
