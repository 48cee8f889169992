package io.strata.migrations.inspect.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small, quote-aware edits of SQL expressions as databases render them back. */
public final class SqlText {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern UPPER_IDENTIFIER = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private SqlText() {
    }

    /** The expression without parentheses that enclose all of it: {@code ((a > 0))} → {@code a > 0}. */
    public static String stripOuterParentheses(String sql) {
        String s = sql.strip();
        while (s.startsWith("(") && closingParenthesis(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * The index of the parenthesis closing the one at {@code open}, skipping string literals and
     * quoted identifiers, or -1 when it is not closed.
     */
    public static int closingParenthesis(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfQuoted(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote closing the quoted text starting at {@code start} (doubled quotes escape). */
    public static int endOfQuoted(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return s.length() - 1;
    }

    /** Whether the whole text is one string literal, e.g. {@code 'it''s'}. */
    public static boolean isStringLiteral(String s) {
        return s.length() >= 2 && s.charAt(0) == '\'' && endOfQuoted(s, 0) == s.length() - 1;
    }

    /** The value of a string literal: {@code 'it''s'} → {@code it's}. */
    public static String literalValue(String literal) {
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    /**
     * The expression with quoted identifiers ({@code "x"}, {@code `x`}) written bare where they need
     * no quotes. With {@code foldUpper}, an upper-case identifier (as H2 stores unquoted names) is
     * written in lower case and a mixed-case one stays quoted; string literals are left alone.
     */
    public static String unquoteIdentifiers(String sql, boolean foldUpper) {
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfQuoted(sql, i);
                String quoted = sql.substring(i, end + 1);
                out.append(c == '\'' ? quoted : bare(quoted, foldUpper));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String bare(String quoted, boolean foldUpper) {
        String name = quoted.substring(1, quoted.length() - 1);
        if (!PLAIN_IDENTIFIER.matcher(name).matches()) {
            return quoted;
        }
        if (!foldUpper) {
            return name;
        }
        return UPPER_IDENTIFIER.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : quoted;
    }
}
