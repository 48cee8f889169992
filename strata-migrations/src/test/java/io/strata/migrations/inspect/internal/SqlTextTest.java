package io.strata.migrations.inspect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void stripsOnlyParenthesesThatEncloseTheWholeExpression() {
        assertThat(SqlText.stripOuterParentheses("((a > 0))")).isEqualTo("a > 0");
        assertThat(SqlText.stripOuterParentheses("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(SqlText.stripOuterParentheses("(a <> ')')")).isEqualTo("a <> ')'");
    }

    @Test
    void unquotesPlainIdentifiersButNotStringsOrNamesThatNeedQuotes() {
        assertThat(SqlText.unquoteIdentifiers("`score` >= 0 AND `my col` <> '`x`'", false))
                .isEqualTo("score >= 0 AND `my col` <> '`x`'");
        assertThat(SqlText.unquoteIdentifiers("\"SCORE\" > \"MixedCase\"", true)).isEqualTo("score > \"MixedCase\"");
    }
}
