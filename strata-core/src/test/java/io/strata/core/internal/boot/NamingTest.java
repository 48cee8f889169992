package io.strata.core.internal.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.names.IdentifierLimits;
import io.strata.migrations.operations.Ops;

class NamingTest {

    @Test
    void physicalNamesAreLowerSnakeCase() {
        assertThat(SnakeCaseNames.snake("publishedYear")).isEqualTo("published_year");
        assertThat(SnakeCaseNames.snake("BookToStoreMap")).isEqualTo("book_to_store_map");
        assertThat(SnakeCaseNames.snake("HTTPServer")).isEqualTo("http_server");
        assertThat(SnakeCaseNames.snake("author_id")).isEqualTo("author_id");
        assertThat(SnakeCaseNames.snake("isbn13Code")).isEqualTo("isbn13_code");
    }

    @Test
    void conventionNamesEveryKindOfConstraint() {
        NamingConvention names = new NamingConvention(63);
        assertThat(names.primaryKey("author")).isEqualTo("pk_author");
        assertThat(names.foreignKey("book", List.of("author_id"), "author")).isEqualTo("fk_book_author_id_author");
        assertThat(names.unique("author", List.of("email"))).isEqualTo("uq_author_email");
        assertThat(names.unique("t", List.of("a", "b"))).isEqualTo("uq_t_a_b");
        assertThat(names.index("book", List.of("published_year"))).isEqualTo("ix_book_published_year");
        assertThat(names.check("book", "price_positive")).isEqualTo("ck_book_price_positive");
    }

    @Test
    void longNamesAreShortenedWithAStableHash() {
        NamingConvention names = new NamingConvention(63);
        String table = "a_table_with_a_remarkably_long_name_for_testing";
        String name = names.foreignKey(table, List.of("another_rather_long_column_id"), "referenced_table_name");
        assertThat(name).hasSize(63).startsWith("fk_a_table_with_a_remarkably_long_name");
        assertThat(name).isEqualTo(names.foreignKey(table, List.of("another_rather_long_column_id"), "referenced_table_name"));
        assertThat(name).isNotEqualTo(names.foreignKey(table, List.of("another_rather_long_column_id"), "referenced_table_other"));
        assertThat(name).matches(".*_[0-9a-f]{8}");
    }

    @Test
    void theConventionFitsToTheSmallestLimitOfTheDialectsAsOpsFitNameDoes() {
        NamingConvention names = NamingConvention.portable();
        String table = "a_table_with_a_remarkably_long_name_for_testing";
        String name = names.foreignKey(table, List.of("another_rather_long_column_id"), "referenced_table_name");

        assertThat(IdentifierLimits.smallest()).isEqualTo(63);
        assertThat(name).isEqualTo(new NamingConvention(63).foreignKey(table, List.of("another_rather_long_column_id"),
                "referenced_table_name"));
        assertThat(new Ops().fitName("fk_" + table + "_another_rather_long_column_id_referenced_table_name")).isEqualTo(name);
        assertThat(IdentifierLimits.violations(new Ops().createForeignKey(name, table, "another_rather_long_column_id",
                "referenced_table_name", "id").operations(), Dialects.all())).isEmpty();
    }
}
