package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.internal.boot.EntityScanner;
import io.strata.core.internal.database.DatabaseTypes;
import io.strata.core.internal.schema.ModelSchema;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Checks read back from each database (which re-prints their conditions its own way) match the
 * models that made them, and differ from models whose enum gained a value or whose condition
 * changed: exactly that check, by name.
 */
class CheckDetectionTest {

    private static final String CORPUS = "io.strata.core.test.evolution.";

    @ParameterizedTest
    @Databases
    void aLiveCheckMatchesItsModelAndAChangedOneIsFoundByName(DbKind kind, TestDatabase server) throws Exception {
        assertDetected(kind, server, "s46_enum_gains_value", "ck_ticket_priority");
        assertDetected(kind, server, "s49_ordinal_enum_gains_value", "ck_ticket_severity");
        assertDetected(kind, server, "s48_change_check_condition", "ck_product_price_range");
    }

    private static void assertDetected(DbKind kind, TestDatabase server, String scenario, String check) throws Exception {
        Schema v1 = models(CORPUS + scenario + ".v1");
        Schema v2 = models(CORPUS + scenario + ".v2");
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
        DiffOptions asStored = DiffOptions.defaults().ignoringRepresentationOf(dialect.name());
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            for (String sql : dialect.renderAll(SchemaPlan.of(dialect).createAll(v1), Schema.empty())) {
                s.execute(sql);
            }
            Schema live = SchemaInspector.create().inspect(c);

            assertThat(SchemaComparison.between(live, v1, asStored).report()).as(scenario + " v1").isEmpty();
            List<Difference> differences = SchemaComparison.between(live, v2, asStored).differences();
            assertThat(differences).as(scenario + " v2").singleElement()
                    .satisfies(d -> assertThat(d.toString()).startsWith("~ check " + check + " on "));

            for (String sql : dialect.renderAll(SchemaPlan.of(dialect).dropAll(live), live)) {
                s.execute(sql);
            }
        }
    }

    private static Schema models(String pkg) {
        List<Class<?>> classes = EntityScanner.scan(List.of(pkg), CheckDetectionTest.class.getClassLoader());
        return ModelSchema.offline(DatabaseTypes.named("h2"), classes);
    }
}
