package io.strata.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.schema.Schema;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Each scenario on each database: create v1, insert rows, run the diff's upgrade, read the live
 * schema back and find no difference with v2; run the downgrade and find none with v1; rows survive.
 */
class DiffRoundTripOnDatabasesTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (DbKind kind : DbKind.values()) {
            for (Scenario s : Bookstore.scenarios()) {
                cases.add(Arguments.of(kind, s));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void upgradeThenDowngradeLeaveTheLiveSchemaEqualToTheModelAndKeepTheRows(DbKind kind, Scenario s) throws SQLException {
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
        DiffOptions asStored = DiffOptions.defaults().ignoringRepresentationOf(dialect.name());
        SchemaDiff diff = SchemaDiff.between(s.v1(), s.v2(), s.options());
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            LiveDatabase live = new LiveDatabase(c, dialect);
            live.run(SchemaPlan.of(dialect).createAll(s.v1()));
            live.execute(Bookstore.ROWS);
            assertThat(differences(s.v1(), live.inspect(), asStored)).as("v1 as created").isEmpty();

            live.run(diff.upgradeOperations());

            assertThat(differences(s.v2(), live.inspect(), asStored)).as("after upgrade").isEmpty();
            assertThat(live.column(s.upgradedQuery())).isEqualTo(s.upgradedRows());

            live.run(diff.downgradeOperations());

            assertThat(differences(s.v1(), live.inspect(), asStored)).as("after downgrade").isEmpty();
            assertThat(live.column(Bookstore.TITLES)).isEqualTo(Bookstore.TITLE_ROWS);
            assertThat(live.column(Bookstore.NAMES)).isEqualTo(Bookstore.NAME_ROWS);
        }
    }

    private static String differences(Schema expected, Schema actual, DiffOptions options) {
        return SchemaComparison.between(expected, actual, options).report();
    }
}
