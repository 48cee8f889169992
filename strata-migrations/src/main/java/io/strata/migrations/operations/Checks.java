package io.strata.migrations.operations;

import java.util.List;

/** Argument checks of the operation records. */
final class Checks {

    private Checks() {
    }

    static String name(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return value;
    }

    static List<String> names(List<String> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        values.forEach(v -> name(v, "column name in " + what));
        return List.copyOf(values);
    }
}
