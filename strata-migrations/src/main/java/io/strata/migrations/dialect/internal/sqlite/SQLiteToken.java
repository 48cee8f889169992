package io.strata.migrations.dialect.internal.sqlite;

import io.strata.migrations.inspect.internal.SqlText;

import java.util.Locale;

/**
 * One token of SQLite DDL.
 *
 * @param kind what sort of token
 * @param text the token's source text (quotes included)
 * @param start its offset in the source
 * @param end the offset just after it
 */
record SQLiteToken(Kind kind, String text, int start, int end) {

    /** The sorts of tokens the CREATE TABLE parser tells apart. */
    enum Kind {
        /** A bare word: keyword, identifier or number. */
        WORD,
        /** An identifier in {@code "…"}, {@code `…`} or {@code […]}. */
        QUOTED,
        /** A string literal in {@code '…'}. */
        STRING,
        /** Any other single character: parentheses, commas, operators. */
        SYMBOL
    }

    /** Whether this is the bare keyword {@code keyword} (any case). */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the symbol {@code c}. */
    boolean is(char c) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }

    /** The identifier this token names: quotes removed and doubled quotes unescaped. */
    String identifier() {
        if (kind == Kind.QUOTED) {
            String body = text.substring(1, text.length() - 1);
            char quote = text.charAt(0);
            return quote == '[' ? body : body.replace(String.valueOf(quote).repeat(2), String.valueOf(quote));
        }
        if (kind == Kind.STRING) {
            return SqlText.literalValue(text);
        }
        return text;
    }

    /** The upper-cased text, for keyword comparisons. */
    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
