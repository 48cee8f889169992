package io.strata.migrations.picture.internal;

/** Escaping of text and attribute values in XML (SVG, and Graphviz's HTML-like labels). */
final class Xml {

    private Xml() {
    }

    /** Text or an attribute value with {@code & < > " '} escaped and control characters dropped. */
    static String text(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    } else {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString();
    }
}
