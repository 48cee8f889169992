package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.inspect.UnreadableTableDefinitionException;

/** Splits SQLite DDL into tokens, skipping whitespace and comments. */
final class SQLiteTokenizer {

    private SQLiteTokenizer() {
    }

    /** The tokens of {@code sql}; fails on an unterminated quote or comment. */
    static List<SQLiteToken> tokenize(String sql) {
        List<SQLiteToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? sql.length() : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                i = closing(sql, "*/", i + 2, i) + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quotedEnd(sql, i);
                tokens.add(new SQLiteToken(c == '\'' ? SQLiteToken.Kind.STRING : SQLiteToken.Kind.QUOTED,
                        sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int end = closing(sql, "]", i + 1, i) + 1;
                tokens.add(new SQLiteToken(SQLiteToken.Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < sql.length() && (isWordChar(sql.charAt(end)) || sql.charAt(end) == '.' && isNumber(sql, i))) {
                    end++;
                }
                tokens.add(new SQLiteToken(SQLiteToken.Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new SQLiteToken(SQLiteToken.Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isNumber(String sql, int start) {
        return Character.isDigit(sql.charAt(start));
    }

    /** The offset just after the quote closing the one at {@code start}; a doubled quote is an escaped one. */
    private static int quotedEnd(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (true) {
            int next = sql.indexOf(quote, i);
            if (next < 0) {
                throw unterminated(sql, start);
            }
            if (next + 1 < sql.length() && sql.charAt(next + 1) == quote) {
                i = next + 2;
            } else {
                return next + 1;
            }
        }
    }

    private static int closing(String sql, String close, int from, int start) {
        int at = sql.indexOf(close, from);
        if (at < 0) {
            throw unterminated(sql, start);
        }
        return at;
    }

    private static UnreadableTableDefinitionException unterminated(String sql, int start) {
        return new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition: the quote or comment at offset " + start
                + " is never closed in: " + sql);
    }
}
