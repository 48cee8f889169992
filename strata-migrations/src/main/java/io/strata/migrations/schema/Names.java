package io.strata.migrations.schema;

import java.util.List;

/** Argument checks shared by the schema records. */
final class Names {

    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        columns.forEach(c -> require(c, "column name in " + what));
        return List.copyOf(columns);
    }
}
