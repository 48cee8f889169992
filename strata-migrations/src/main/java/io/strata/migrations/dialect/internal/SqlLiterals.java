package io.strata.migrations.dialect.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import io.strata.migrations.schema.ColumnType;

/**
 * Java values as SQL literals of standard SQL; dialects override what they spell differently.
 * Used by {@code bulkInsert}, which must also work as SQL text (offline mode).
 */
public class SqlLiterals {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    /** The literal of a value for a column of the given type ({@code null} when the type is unknown). */
    public String literal(Object value, ColumnType type) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return bool(b);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot write " + value + " as an SQL literal");
            }
            return value.toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?> || value instanceof UUID) {
            String text = value instanceof Enum<?> e ? e.name() : value.toString();
            return type != null && type.kind() == ColumnType.Kind.JSON ? json(text) : string(text);
        }
        if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        return temporal(value);
    }

    private String temporal(Object value) {
        if (value instanceof LocalDate d) {
            return string(d.toString());
        }
        if (value instanceof LocalTime t) {
            return string(TIME.format(t));
        }
        if (value instanceof LocalDateTime t) {
            return string(DATE_TIME.format(t));
        }
        if (value instanceof OffsetDateTime t) {
            return offsetDateTime(t);
        }
        if (value instanceof ZonedDateTime t) {
            return offsetDateTime(t.toOffsetDateTime());
        }
        if (value instanceof Instant i) {
            return offsetDateTime(i.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof java.sql.Date d) {
            return string(d.toLocalDate().toString());
        }
        if (value instanceof java.sql.Timestamp t) {
            return string(DATE_TIME.format(t.toLocalDateTime()));
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as an SQL literal;"
                + " use a String, Number, Boolean, byte[], UUID, enum or java.time value");
    }

    /** A boolean; standard {@code TRUE}/{@code FALSE}. */
    protected String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A string, quotes doubled. */
    protected String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A JSON document given as text; by default a plain string. */
    protected String json(String value) {
        return string(value);
    }

    /** Bytes; {@code X'…'} by default. */
    protected String bytes(byte[] value) {
        return "X'" + HexFormat.of().withUpperCase().formatHex(value) + "'";
    }

    /** An instant with its offset, e.g. {@code '2024-05-01 10:00:00.000000+02:00'}. */
    protected String offsetDateTime(OffsetDateTime value) {
        return string(OFFSET.format(value));
    }

    /** The local date-time pattern literals use, for subclasses. */
    protected static String localDateTime(LocalDateTime value) {
        return DATE_TIME.format(value);
    }
}
