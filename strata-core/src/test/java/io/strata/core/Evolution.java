package io.strata.core;

import java.util.Arrays;
import java.util.List;

import io.strata.migrations.diff.DiffOptions;

/**
 * One model-evolution scenario of the autogenerate corpus: the models go from the package
 * {@code from} to the package {@code to}; rows seeded before the upgrade must survive it and the
 * downgrade in the columns the change leaves alone.
 *
 * @param name the scenario, e.g. {@code s01_add_table}
 * @param from the package of the first model version
 * @param to the package of the second
 * @param hints rename hints for autogenerate
 * @param seed statements run on the first version before upgrading
 * @param keepV1 a query on the first version whose rows must survive
 * @param keepV2 the same rows read from the second version
 * @param insertV2 statements run on the second version before downgrading
 * @param expectQuery a query on the second version after {@code insertV2} ({@code null} for none)
 * @param expectRows its rows, each value as a string ({@code null} for SQL NULL)
 */
record Evolution(String name, String from, String to, DiffOptions hints, List<String> seed, String keepV1, String keepV2,
        List<String> insertV2, String expectQuery, List<List<String>> expectRows) {

    private static final String ROOT = "io.strata.core.test.evolution.";

    /** A scenario whose versions are the packages {@code <name>.v1} and {@code <name>.v2}. */
    static Evolution of(String name) {
        return new Evolution(name, ROOT + name + ".v1", ROOT + name + ".v2", DiffOptions.defaults(), List.of(),
                null, null, List.of(), null, null);
    }

    /** A scenario that undoes another: from its second version to its first. */
    static Evolution reverse(String name, String of) {
        return new Evolution(name, ROOT + of + ".v2", ROOT + of + ".v1", DiffOptions.defaults(), List.of(),
                null, null, List.of(), null, null);
    }

    Evolution hints(DiffOptions options) {
        return new Evolution(name, from, to, options, seed, keepV1, keepV2, insertV2, expectQuery, expectRows);
    }

    Evolution seed(String... statements) {
        return new Evolution(name, from, to, hints, List.of(statements), keepV1, keepV2, insertV2, expectQuery, expectRows);
    }

    Evolution keep(String query) {
        return keep(query, query);
    }

    Evolution keep(String before, String after) {
        return new Evolution(name, from, to, hints, seed, before, after, insertV2, expectQuery, expectRows);
    }

    Evolution insertV2(String... statements) {
        return new Evolution(name, from, to, hints, seed, keepV1, keepV2, List.of(statements), expectQuery, expectRows);
    }

    Evolution expect(String query, String... rows) {
        List<List<String>> parsed = Arrays.stream(rows)
                .map(r -> Arrays.stream(r.split("\\|", -1)).map(v -> v.equals("NULL") ? null : v).toList()).toList();
        return new Evolution(name, from, to, hints, seed, keepV1, keepV2, insertV2, query, parsed);
    }

    @Override
    public String toString() {
        return name;
    }
}
