package io.strata.javalin.internal;

/**
 * A standalone SVG document made fit to sit inside an HTML page: no XML prolog, no namespace URL (HTML
 * parsers put {@code <svg>} in the SVG namespace themselves, and the page names no other site), and its
 * ids prefixed so that two pictures on one page do not share them.
 */
final class InlineSvg {

    private InlineSvg() {
    }

    /** {@code svg} as an element of the page, its ids prefixed with {@code prefix}. */
    static String of(String svg, String prefix) {
        String element = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        return element.replace("id=\"arrow\"", "id=\"" + prefix + "-arrow\"")
                .replace("url(#arrow)", "url(#" + prefix + "-arrow)");
    }
}
