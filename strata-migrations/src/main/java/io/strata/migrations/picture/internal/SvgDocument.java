package io.strata.migrations.picture.internal;

import java.util.Locale;

/** A self-contained SVG being written: one style sheet, an arrow marker, and elements in order. */
final class SvgDocument {

    /** Width of one character of the 12px monospace font the pictures use, rounded up. */
    static final double CHAR_WIDTH = 7.5;
    /** Height of one line of text. */
    static final double LINE_HEIGHT = 18;

    private final StringBuilder out = new StringBuilder();

    /** Starts a document of this size, titled, with these style rules. */
    SvgDocument(double width, double height, String title, String css) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\" viewBox=\"0 0 ").append(number(width)).append(' ')
                .append(number(height)).append("\" role=\"img\">\n");
        out.append("<title>").append(Xml.text(title)).append("</title>\n");
        out.append("<style>\ntext { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; fill: #0f172a; }\n")
                .append(css).append("</style>\n");
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\""
                + " markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#64748b\"/>"
                + "</marker></defs>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /** The width text of this many characters takes. */
    static double textWidth(int characters) {
        return characters * CHAR_WIDTH;
    }

    /** Opens a group with these attributes, given as name/value pairs. */
    void openGroup(String... attributes) {
        out.append("<g").append(attributes(attributes)).append(">\n");
    }

    /** Closes the group last opened. */
    void closeGroup() {
        out.append("</g>\n");
    }

    /** A tooltip for the enclosing group. */
    void tooltip(String text) {
        out.append("<title>").append(Xml.text(text)).append("</title>\n");
    }

    /** A rectangle with rounded corners. */
    void rect(LayeredLayout.Rect r, String cssClass) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(number(r.x())).append("\" y=\"")
                .append(number(r.y())).append("\" width=\"").append(number(r.width())).append("\" height=\"")
                .append(number(r.height())).append("\" rx=\"6\"/>\n");
    }

    /** A horizontal line. */
    void rule(double x1, double x2, double y) {
        out.append("<line class=\"rule\" x1=\"").append(number(x1)).append("\" y1=\"").append(number(y))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y)).append("\"/>\n");
    }

    /** One line of text whose baseline starts at (x, y). */
    void text(double x, double y, String cssClass, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(Xml.text(text)).append("</text>\n");
    }

    /** A path with these attributes (name/value pairs) besides its {@code d}. */
    void path(String d, String... attributes) {
        out.append("<path d=\"").append(d).append('"').append(attributes(attributes)).append("/>\n");
    }

    /** The finished document. */
    String finish() {
        return out.append("</svg>\n").toString();
    }

    /** A coordinate with at most one decimal. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text cut to this many characters, with an ellipsis when cut. */
    static String cut(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters - 1) + "…";
    }

    private static String attributes(String... pairs) {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            attributes.append(' ').append(pairs[i]).append("=\"").append(Xml.text(pairs[i + 1])).append('"');
        }
        return attributes.toString();
    }
}
