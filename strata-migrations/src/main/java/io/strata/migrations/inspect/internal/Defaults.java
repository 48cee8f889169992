package io.strata.migrations.inspect.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ColumnType.Kind;
import io.strata.migrations.schema.ServerDefault;

/**
 * Normalizes a server default as a database reports it to the SQL it was most likely written as,
 * so that {@code 'draft'}, {@code 0} and {@code CURRENT_TIMESTAMP} read back as written everywhere.
 */
public final class Defaults {

    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)(current_timestamp\\s*(\\(\\s*\\d*\\s*\\))?|now\\s*\\(\\s*\\))");
    private static final Pattern CURRENT_DATE = Pattern.compile("(?i)current_date\\s*(\\(\\s*\\))?");
    private static final Pattern CURRENT_TIME = Pattern.compile("(?i)current_time\\s*(\\(\\s*\\d*\\s*\\))?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Set<String> TRUE = Set.of("1", "true", "t", "y", "yes", "on");
    private static final Set<String> FALSE = Set.of("0", "false", "f", "n", "no", "off");
    private static final Set<Kind> NUMERIC =
            Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.FLOAT, Kind.DOUBLE);

    private Defaults() {
    }

    /** The normalized default of a column of {@code type}, or {@code null} for none (or {@code NULL}). */
    public static ServerDefault normalize(String raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        String sql = SqlText.stripOuterParentheses(raw);
        if (sql.isEmpty() || sql.equalsIgnoreCase("null")) {
            return null;
        }
        if (CURRENT_TIMESTAMP.matcher(sql).matches()) {
            return ServerDefault.expression("CURRENT_TIMESTAMP");
        }
        if (CURRENT_DATE.matcher(sql).matches()) {
            return ServerDefault.expression("CURRENT_DATE");
        }
        if (CURRENT_TIME.matcher(sql).matches()) {
            return ServerDefault.expression("CURRENT_TIME");
        }
        String unquoted = SqlText.isStringLiteral(sql) ? SqlText.literalValue(sql) : sql;
        if (type.kind() == Kind.BOOLEAN) {
            String value = unquoted.toLowerCase(Locale.ROOT);
            if (TRUE.contains(value)) {
                return ServerDefault.expression("true");
            }
            if (FALSE.contains(value)) {
                return ServerDefault.expression("false");
            }
        }
        if (NUMERIC.contains(type.kind()) && NUMBER.matcher(unquoted).matches()) {
            return ServerDefault.expression(unquoted);
        }
        return ServerDefault.expression(sql);
    }
}
