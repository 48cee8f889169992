package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.keywords.Order;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Tables and columns named by reserved words work end to end: Strata's DDL and Hibernate's SQL agree. */
class ReservedWordNamesTest {

    @ParameterizedTest
    @Databases
    void reservedWordsAreQuotedAlikeInDdlAndQueries(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models("io.strata.core.test.keywords").build()) {
            db.createAll();
            assertThat(db.existsInDb("order", "year")).isTrue();
            Order order = new Order();
            order.year = 2026;
            order.value = "v";
            order.user = "u";
            db.useTransaction(s -> s.persist(order));
            db.removeSession();
            assertThat(db.getOne(Order.class, Map.of("year", 2026, "user", "u")).value).isEqualTo("v");
            db.removeSession();
            db.dropAll();
            assertThat(db.existsInDb("order")).isFalse();
        }
    }
}
