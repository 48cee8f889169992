package io.strata.migrations.writer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The imports a generated source file needs, printed static ones first, each group sorted. */
final class Imports {

    private final TreeSet<String> statics = new TreeSet<>();
    private final TreeSet<String> types = new TreeSet<>();

    /** Needs {@code import static member;}. */
    void addStatic(String member) {
        statics.add(member);
    }

    /** Needs {@code import type;}. */
    void add(String type) {
        types.add(type);
    }

    /** The import lines, a blank line between the static and the other imports. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        statics.forEach(s -> lines.add("import static " + s + ";"));
        if (!statics.isEmpty() && !types.isEmpty()) {
            lines.add("");
        }
        types.forEach(t -> lines.add("import " + t + ";"));
        return lines;
    }
}
