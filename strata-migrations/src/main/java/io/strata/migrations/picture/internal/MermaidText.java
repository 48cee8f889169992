package io.strata.migrations.picture.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names and text are written so that Mermaid reads them back unchanged: what its lexers take raw is
 * written raw; anything else is quoted or escaped.
 */
final class MermaidText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words the erDiagram lexer reads as keywords or cardinalities before it reads a name. */
    private static final Set<String> ER_KEYWORDS = Set.of("erdiagram", "title", "acctitle", "accdescr", "one", "many",
            "only", "zero", "to", "optionally", "u", "direction", "style", "classdef", "class", "end");
    /** Words the erDiagram lexer reads as key markers inside an entity's block. */
    private static final Set<String> ER_KEYS = Set.of("pk", "fk", "uk");
    /** What the erDiagram attribute type token accepts. */
    private static final Pattern ER_TYPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_()\\[\\]-]*");

    private MermaidText() {
    }

    /**
     * Text inside a flowchart's {@code ["…"]} label: Mermaid's entity codes for the characters that would
     * end the label or be read as markup.
     */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An erDiagram entity name: raw when the lexer reads it as a name, else quoted. */
    static String entity(String name) {
        if (PLAIN.matcher(name).matches() && !ER_KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return "\"" + name.replaceAll("[\"%\\\\\\r\\n]", "_") + "\"";
    }

    /** Whether an attribute name can be written raw; otherwise {@link #attributeName} changes it. */
    static boolean plainAttribute(String name) {
        return PLAIN.matcher(name).matches() && !ER_KEYS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * An erDiagram attribute name, which Mermaid cannot quote: the name itself when it can be written raw,
     * else one with every other character replaced by {@code _} (the caller notes the real name).
     */
    static String attributeName(String name) {
        if (plainAttribute(name)) {
            return name;
        }
        String safe = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (!Character.isLetter(safe.charAt(0)) && safe.charAt(0) != '_') {
            safe = "_" + safe;
        }
        return ER_KEYS.contains(safe.toLowerCase(Locale.ROOT)) ? safe + "_" : safe;
    }

    /** Whether a type's spelling is one erDiagram's type token accepts (not {@code decimal(10,2)}). */
    static boolean plainType(String type) {
        return ER_TYPE.matcher(type).matches();
    }

    /** Text inside a double-quoted erDiagram comment or relationship label, which cannot hold {@code "}. */
    static String quoted(String text) {
        return "\"" + text.replace('"', '\'').replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
