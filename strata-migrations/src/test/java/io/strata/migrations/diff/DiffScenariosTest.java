package io.strata.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/** Every scenario of the round trips, without a database: the upgrade reaches v2, the downgrade returns to v1. */
class DiffScenariosTest {

    static List<Scenario> scenarios() {
        return Bookstore.scenarios();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void upgradeOperationsTurnV1IntoV2(Scenario s) {
        SchemaDiff diff = SchemaDiff.between(s.v1(), s.v2(), s.options());

        Schema upgraded = Schemas.applyAll(s.v1(), diff.upgradeOperations());

        assertThat(diff.isEmpty()).isFalse();
        assertThat(SchemaComparison.between(upgraded, s.v2()).report()).isEmpty();
        assertThat(Schemas.canonical(upgraded)).isEqualTo(Schemas.canonical(s.v2()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void downgradeOperationsAreTheReversesAndReturnExactlyToV1(Scenario s) {
        SchemaDiff diff = SchemaDiff.between(s.v1(), s.v2(), s.options());

        Schema upgraded = Schemas.applyAll(s.v1(), diff.upgradeOperations());
        Schema downgraded = Schemas.applyAll(upgraded, diff.downgradeOperations());

        List<Operation> up = diff.upgradeOperations();
        List<Operation> down = diff.downgradeOperations();
        assertThat(down).hasSameSizeAs(up);
        for (int i = 0; i < up.size(); i++) {
            assertThat(down.get(up.size() - 1 - i)).isEqualTo(up.get(i).reverse().orElseThrow());
        }
        assertThat(Schemas.canonical(downgraded)).isEqualTo(Schemas.canonical(s.v1()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theReverseDiffIsNotEmptyAndComparingASchemaWithItselfIs(Scenario s) {
        assertThat(SchemaDiff.between(s.v2(), s.v2()).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(s.v2(), s.v1()).isEmpty()).isFalse();
    }
}
