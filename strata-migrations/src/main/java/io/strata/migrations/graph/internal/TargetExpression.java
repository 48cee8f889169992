package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.InvalidTargetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target: {@code [branch@][symbol][+N|-N]}. Ids and labels are word characters only, so
 * the parse is unambiguous without knowing the graph.
 *
 * @param text the target as written
 * @param branch the part before {@code @}: a branch label or revision id, or {@code null}
 * @param symbol the revision part ({@code head}, an id, a label…), or {@code null} for "current"
 * @param offset the signed relative step count, or {@code null} when absolute
 */
public record TargetExpression(String text, String branch, String symbol, Integer offset) {

    private static final Pattern SYNTAX = Pattern.compile("(?:(\\w+)@)?(\\w+)?(?:([+-]\\d{1,9}))?");

    /** Parses a target, rejecting anything outside the syntax with a list of the accepted forms. */
    public static TargetExpression parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = SYNTAX.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches() || (m.group(2) == null && m.group(3) == null)) {
            throw new InvalidTargetException(trimmed, "not a target; use head, heads, base, a revision id"
                    + " or prefix, a branch label, label@head, +N, -N, <id>+N or <id>-N.");
        }
        Integer offset = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        return new TargetExpression(trimmed, m.group(1), m.group(2), offset);
    }

    /** Whether this walks from somewhere by a number of steps. */
    public boolean isRelative() {
        return offset != null;
    }

    /** Whether this walks from the current revisions ({@code +N}, {@code label@-N}). */
    public boolean isRelativeToCurrent() {
        return offset != null && symbol == null;
    }

    /** Whether this is {@code base} or {@code label@base}. */
    public boolean isBase() {
        return offset == null && "base".equals(symbol);
    }
}
