package io.strata.migrations.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class TableSizesTest {

    @ParameterizedTest
    @Databases
    void readsTheRowsOfATableOnceTheStatisticsKnowThem(DbKind kind, TestDatabase db) throws Exception {
        try (db; Connection c = db.connect()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE sized (id INTEGER PRIMARY KEY)");
                s.execute("CREATE TABLE empty_one (id INTEGER PRIMARY KEY)");
                s.execute("INSERT INTO sized (id) VALUES (1), (2), (3)");
                // The servers estimate from statistics: gather them as autovacuum / InnoDB would.
                if (kind == DbKind.POSTGRESQL) {
                    s.execute("ANALYZE sized");
                } else if (kind == DbKind.MARIADB) {
                    s.executeQuery("ANALYZE TABLE sized").close();
                }
            }
            TableSizes sizes = TableSizes.of(c);
            assertThat(sizes.rows("sized")).isEqualTo(OptionalLong.of(3));
            assertThat(sizes.rows("empty_one")).isEqualTo(OptionalLong.of(0));
            assertThat(sizes.rows("missing")).isEmpty();
        }
    }
}
