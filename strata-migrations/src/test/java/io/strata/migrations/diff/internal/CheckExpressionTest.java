package io.strata.migrations.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical form of check conditions: each row is a condition as written in a model and as
 * PostgreSQL, MariaDB and H2 read it back (their catalogs' text, as the inspectors return it).
 */
class CheckExpressionTest {

    private static final Map<String, String> MARIADB = Map.of("octet_length", "length", "ucase", "upper",
            "lcase", "lower", "true", "1", "false", "0");
    private static final Map<String, String> H2 = Map.of("char_length", "length");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            price >= 0 | price >= (0)::numeric | price >= 0 | PRICE >= CAST(0 AS NUMERIC(1))
            tier IN ('A', 'B', 'C') | (tier)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying, 'C'::character varying])::text[]) | tier in ('A','B','C') | TIER IN('A', 'B', 'C')
            status BETWEEN 0 AND 2 | (status >= 0) AND (status <= 2) | status between 0 and 2 | STATUS BETWEEN 0 AND 2
            tier IN ('A') | (tier)::text = 'A'::text | tier = 'A' | TIER = 'A'
            tier NOT IN ('X', 'Y') | (tier)::text <> ALL ((ARRAY['X'::character varying, 'Y'::character varying])::text[]) | tier not in ('X','Y') | TIER NOT IN('X', 'Y')
            name LIKE 'a%' AND length(name) > 2 OR name IS NULL | (((name)::text ~~ 'a%'::text) AND (length((name)::text) > 2)) OR (name IS NULL) | name like 'a%' and octet_length(name) > 2 or name is null | (NAME IS NULL) OR ((CHAR_LENGTH(NAME) > 2) AND (NAME LIKE 'a%'))
            price <> 1.50 AND status != 3 | (price <> 1.50) AND (status <> 3) | price <> 1.50 and status <> 3 | (PRICE <> 1.50) AND (STATUS <> 3)
            price > 0 AND (status = 1 OR status = 2) | (price > (0)::numeric) AND ((status = 1) OR (status = 2)) | price > 0 and (status = 1 or status = 2) | (STATUS IN(1, 2)) AND (PRICE > CAST(0 AS NUMERIC(1)))
            flag = true AND d > '2020-01-01' | (flag = true) AND (d > '2020-01-01'::date) | flag = 1 and d > '2020-01-01' | (FLAG = TRUE) AND (D > DATE '2020-01-01')
            -price < 5 AND status % 2 = 0 AND upper(name) = 'X' | ((- price) < (5)::numeric) AND (((status)::integer % 2) = 0) AND (upper((name)::text) = 'X'::text) | -price < 5 and status MOD 2 = 0 and ucase(name) = 'X' | ((- PRICE) < 5) AND (UPPER(NAME) = 'X') AND (MOD(STATUS, 2) = 0)
            """)
    void aConditionAsEachDatabaseRewritesItIsTheSame(String model, String postgresql, String mariadb, String h2) {
        assertThat(CheckExpression.canonical(postgresql)).as("PostgreSQL").isEqualTo(CheckExpression.canonical(model));
        assertThat(CheckExpression.canonical(mariadb, MARIADB)).as("MariaDB").isEqualTo(CheckExpression.canonical(model, MARIADB));
        assertThat(CheckExpression.canonical(h2, H2)).as("H2").isEqualTo(CheckExpression.canonical(model, H2));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            price >= 0 | price > 0
            tier IN ('A', 'B') | tier IN ('A', 'B', 'C')
            tier IN ('A', 'B') | tier IN ('a', 'B')
            status BETWEEN 0 AND 2 | status BETWEEN 0 AND 3
            price >= 0 AND quantity >= 0 | price >= 0 OR quantity >= 0
            (a = 1 OR b = 1) AND c = 1 | a = 1 OR (b = 1 AND c = 1)
            name LIKE 'a%' | name NOT LIKE 'a%'
            price >= 0.5 | price >= 0.05
            """)
    void aChangedConditionIsNotTheSame(String before, String after) {
        assertThat(CheckExpression.same(before, after)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tier IN ('A', 'B') | tier IN ('A', 'B', 'C') | true
            tier IN ('A', 'B') | tier IN ('B', 'A') | true
            tier = 'A' | tier IN ('A', 'B') | true
            tier IN ('A', 'B', 'C') | tier IN ('A', 'B') | false
            tier IN ('A', 'B') | tier IN ('A', 'C') | false
            status BETWEEN 0 AND 1 | status BETWEEN 0 AND 2 | true
            status BETWEEN 0 AND 2 | status BETWEEN 0 AND 1 | false
            status BETWEEN 1 AND 2 | status BETWEEN 0 AND 2 | true
            status BETWEEN 0 AND 1 | other BETWEEN 0 AND 2 | false
            price >= 0 | price > 0 | false
            """)
    void anEnumsCheckLoosensWhenItOnlyAcceptsMore(String before, String after, boolean loosens) {
        assertThat(CheckExpression.loosens(before, after)).isEqualTo(loosens);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            price >= 0
            tier IN ('A', 'B', 'C')
            (tier)::text = ANY ((ARRAY['A'::character varying])::text[])
            a = 1 OR (b = 1 AND NOT c IS NULL)
            json_valid(doc) and x in (select y from t)
            """)
    void theCanonicalFormIsItsOwnCanonicalForm(String condition) {
        String once = CheckExpression.canonical(condition);
        assertThat(CheckExpression.canonical(once)).isEqualTo(once);
    }
}
