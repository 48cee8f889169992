package io.strata.javalin.internal;

/**
 * The strings the plugin refuses from a request, on every database alike: a NUL character, which
 * PostgreSQL cannot store in text (and the others keep or cut inconsistently), and a lone surrogate,
 * half a UTF-16 pair that no database stores faithfully (they write {@code ?} instead).
 */
public final class TextValues {

    private TextValues() {
    }

    /** What is wrong with {@code value} for the client to fix, or {@code null} when it can be stored. */
    public static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (\\u0000), which cannot be stored; remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (\\u" + Integer.toHexString(c) + ", half of a UTF-16 pair), which is not"
                        + " text; send valid Unicode";
            }
        }
        return null;
    }
}
