package io.strata.examples.bookstore.html;

/** HTML escaping and the page layout: every value from the database goes through {@link #escape(Object)}. */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities, safe in element content and quoted attributes. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole document: {@code title} is escaped here, {@code body} must already be HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + " · Bookstore</title>\n<style>body{font-family:sans-serif;margin:2rem auto;max-width:48rem}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;"
                + "text-align:left}nav a{margin-right:1rem}</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                + body + "\n</body>\n</html>\n";
    }
}
