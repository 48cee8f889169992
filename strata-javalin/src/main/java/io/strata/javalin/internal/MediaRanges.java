package io.strata.javalin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} header's media ranges with their weights (RFC 9110, section 12.5.1), to choose
 * among the forms a server can answer in.
 */
final class MediaRanges {

    private record Range(String type, String subtype, double q) {

        /** How specifically this range matches {@code mediaType}: 2 exact, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 not at all. */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(t)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(s) ? 2 : -1;
        }
    }

    private final List<Range> ranges;

    private MediaRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The ranges of an {@code Accept} header; none (or a blank one) accepts everything. */
    static MediaRanges parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new Range("*", "*", 1));
            return new MediaRanges(ranges);
        }
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String mediaRange = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash < 1 || slash == mediaRange.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    q = qValue(parameter.substring(2));
                }
            }
            ranges.add(new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), q));
        }
        return new MediaRanges(ranges);
    }

    /**
     * The one of {@code mediaTypes} the client weighs highest (the first given on a tie), each weighed by
     * its most specific matching range; the first when none is acceptable.
     */
    String preferred(String... mediaTypes) {
        String best = mediaTypes[0];
        double bestQ = 0;
        for (String mediaType : mediaTypes) {
            double q = weight(mediaType);
            if (q > bestQ) {
                best = mediaType;
                bestQ = q;
            }
        }
        return best;
    }

    private double weight(String mediaType) {
        int specificity = -1;
        double q = 0;
        for (Range range : ranges) {
            int match = range.match(mediaType);
            if (match > specificity) {
                specificity = match;
                q = range.q();
            }
        }
        return q;
    }

    private static double qValue(String q) {
        try {
            double value = Double.parseDouble(q.strip());
            return value < 0 || value > 1 ? 1 : value;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
