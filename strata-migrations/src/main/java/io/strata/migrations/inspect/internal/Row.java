package io.strata.migrations.inspect.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One result row of a catalog query, by lower-cased column label. */
public record Row(Map<String, Object> values) {

    /** Runs a query with positional parameters and reads every row. */
    public static List<Row> query(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof Array array) {
                            value = List.of((Object[]) array.getArray());
                        }
                        values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        }
    }

    /** The value as a string, or {@code null}. */
    public String string(String label) {
        Object value = get(label);
        return value == null ? null : value.toString();
    }

    /** The value as an int ({@code null} if absent). */
    public Integer integer(String label) {
        Object value = get(label);
        return value == null ? null : ((Number) value).intValue();
    }

    /** The value as a boolean; numbers are true when non-zero, strings when {@code YES}, {@code TRUE}, {@code t} or {@code 1}. */
    public boolean bool(String label) {
        Object value = get(label);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return value != null && List.of("yes", "true", "t", "1").contains(value.toString().toLowerCase(Locale.ROOT));
    }

    /** The value, an SQL array, as a list of strings. */
    public List<String> strings(String label) {
        Object value = get(label);
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private Object get(String label) {
        if (!values.containsKey(label)) {
            throw new IllegalStateException("catalog query has no column " + label + " (has " + values.keySet() + ")");
        }
        return values.get(label);
    }
}
