package io.strata.migrations.picture.internal;

/** How names and text are written in Graphviz DOT: quoted IDs, and HTML-like labels. */
final class DotText {

    private DotText() {
    }

    /** A double-quoted DOT ID; a line break becomes a centred {@code \n}. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Text inside an HTML-like label. */
    static String html(String text) {
        return Xml.text(text);
    }
}
