package io.strata.cli.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.internal.url.UrlParser;

/**
 * The passwords the command line has seen (in its arguments and the {@code DATABASE_URL} setting),
 * and the masking that keeps them, and any other URL password, out of its output.
 */
public final class Secrets {

    /** Shorter passwords are only masked where they stand in a URL: replacing them everywhere would garble text. */
    private static final int MIN_LITERAL = 3;
    private static final Pattern USERINFO = Pattern.compile("(://[^/@:\\s]*:)([^@/\\s]+)@");
    private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;]password=)([^&;\\s]*)");

    private final Set<String> literals;

    private Secrets(Set<String> literals) {
        this.literals = literals;
    }

    /** The passwords found in these texts (URLs with a {@code user:password@} part or a {@code password=} parameter). */
    public static Secrets scan(Collection<String> texts) {
        Set<String> found = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            collect(USERINFO.matcher(text), found);
            collect(PARAMETER.matcher(text), found);
            for (String token : text.split("\\s+")) {
                looseCredentials(token, found);
            }
        }
        return new Secrets(Set.copyOf(found));
    }

    private static void collect(Matcher m, Set<String> found) {
        while (m.find()) {
            String value = m.group(2);
            add(value, found);
            try {
                add(URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8), found);
            } catch (IllegalArgumentException e) {
                // Not percent-encoded: the raw value is masked already.
            }
        }
    }

    /**
     * The password of a URL too malformed for the patterns above (no {@code //}, an unencoded {@code @}
     * or {@code /} in it): what the URL mask of strata-core hides, taken as a literal to mask anywhere.
     */
    private static void looseCredentials(String token, Set<String> found) {
        String masked = UrlParser.maskLoose(token);
        if (masked.equals(token)) {
            return;
        }
        int start = 0;
        while (start < masked.length() && start < token.length() && masked.charAt(start) == token.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < masked.length() - start && end < token.length() - start
                && masked.charAt(masked.length() - 1 - end) == token.charAt(token.length() - 1 - end)) {
            end++;
        }
        String hidden = token.substring(start, token.length() - end);
        add(hidden, found);
        try {
            add(URLDecoder.decode(hidden.replace("+", "%2B"), StandardCharsets.UTF_8), found);
        } catch (IllegalArgumentException e) {
            // Not percent-encoded: the raw value is masked already.
        }
    }

    private static void add(String value, Set<String> found) {
        if (value.length() >= MIN_LITERAL) {
            found.add(value);
        }
    }

    /** The text with URL passwords and every known password replaced by {@code ***}. */
    public String mask(String text) {
        String masked = USERINFO.matcher(text).replaceAll("$1***@");
        masked = PARAMETER.matcher(masked).replaceAll("$1***");
        for (String secret : literals.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(secret, "***");
        }
        return masked;
    }
}
