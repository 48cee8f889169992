package io.strata.migrations.writer.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Java string literals, escaped so that any text round-trips through the compiler. */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** The quoted, escaped literal, e.g. {@code "it's \"x\""}. */
    public static String string(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The literals separated by commas, e.g. {@code "a", "b"}. */
    static String strings(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
