package io.strata.migrations.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;

class SafetyRulesTest {

    private static final Schema SCHEMA = SafetyExamples.schema();

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void everyDatabaseStatesARuleWithItsDocumentationForEveryShape(String database) {
        SafetyAdvisor advisor = SafetyAdvisor.forDatabase(database);
        assertThat(advisor.rules()).containsOnlyKeys(OperationShape.values());
        assertThat(advisor.rules().values()).allSatisfy(rule -> {
            assertThat(rule.reference()).startsWith("https://");
            assertThat(rule.table()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void eachExampleHasTheShapeItIllustratesAndIsAssessedOnItsTable(String database) {
        SafetyAdvisor advisor = SafetyAdvisor.forDatabase(database);
        SafetyExamples.of(database).forEach((shape, op) -> {
            assertThat(OperationShape.of(op, SCHEMA)).as(shape.name()).containsExactly(shape);
            OperationSafety safety = advisor.assess(op, SCHEMA);
            if (shape == OperationShape.RAW_SQL) {
                assertThat(safety.isUnknown()).isTrue();
                assertThat(safety.summary()).contains("unknown", "review the SQL by hand");
            } else {
                assertThat(safety.table()).as(shape.name()).isIn("t", "other", "nopk");
            }
        });
    }

    @Test
    void postgresqlAnswersTheTextbookCases() {
        SafetyAdvisor pg = SafetyAdvisor.forDatabase("postgresql");
        OperationSafety index = pg.assess(one(new Ops().createIndex("ix_t_n", "t", "n")), SCHEMA);
        assertThat(index.lock()).isEqualTo("SHARE");
        assertThat(index.blocksWrites()).isTrue();
        assertThat(index.blocksReads()).isFalse();
        assertThat(index.safer()).hasValueSatisfying(s -> assertThat(s).contains("CONCURRENTLY"));
        assertThat(index.blocksWhileTouchingRows()).isTrue();
        assertThat(index.summary()).isEqualTo("SHARE on t (blocks writes), scans the table; safer: CREATE INDEX"
                + " CONCURRENTLY (ops.createIndexConcurrently)");

        OperationSafety constantDefault = pg.assess(one(new Ops().addColumn("t", "c", ColumnType.integer(),
                c -> c.serverDefault("0").notNull())), SCHEMA);
        assertThat(constantDefault.effect()).isEqualTo(Effect.INSTANT);
        assertThat(constantDefault.blocksWhileTouchingRows()).isFalse();

        OperationSafety volatileDefault = pg.assess(one(new Ops().addColumn("t", "c", ColumnType.uuid(),
                c -> c.serverDefault("gen_random_uuid()"))), SCHEMA);
        assertThat(volatileDefault.effect()).isEqualTo(Effect.REWRITE);
    }

    @Test
    void anAlterColumnChangingSeveralThingsGetsTheWorstOfTheirRules() {
        Operation op = one(new Ops().alterColumn("t", "v", a -> a.type(ColumnType.text()).serverDefault("'x'")));
        assertThat(OperationShape.of(op, SCHEMA)).containsExactly(OperationShape.CHANGE_TYPE, OperationShape.SET_DEFAULT);
        assertThat(SafetyAdvisor.forDatabase("postgresql").assess(op, SCHEMA).effect()).isEqualTo(Effect.REWRITE);
        assertThat(SafetyAdvisor.forDatabase("mariadb").assess(op, SCHEMA).lock()).isEqualTo("ALGORITHM=COPY, LOCK=SHARED");
    }

    @Test
    void aShorterVarcharIsATypeChangeNotAWidening() {
        Operation op = one(new Ops().alterColumn("t", "v", a -> a.type(ColumnType.varchar(50))));
        assertThat(OperationShape.of(op, SCHEMA)).containsExactly(OperationShape.CHANGE_TYPE);
    }

    @Test
    void sqliteReportsARebuildWhereItsDialectRebuildsTheTable() {
        Operation timestamp = one(new Ops().addColumn("t", "at", ColumnType.timestamp(), c -> c.serverDefault("CURRENT_TIMESTAMP")));
        OperationSafety safety = SafetyAdvisor.forDatabase("sqlite").assess(timestamp, SCHEMA);
        assertThat(safety.effect()).isEqualTo(Effect.REWRITE);
        assertThat(safety.lock()).contains("rebuilt");
        assertThat(safety.table()).isEqualTo("t");
    }

    @Test
    void anUnknownDatabaseIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> SafetyAdvisor.forDatabase("oracle")).isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining("postgresql");
    }

    @Test
    void rulesMissingAShapeAreRefused() {
        assertThatThrownBy(() -> SafetyRules.builder("Nothing").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nothing safety rules lack").hasMessageContaining("CREATE_TABLE");
    }

    private static Operation one(Ops ops) {
        List<Operation> operations = ops.operations();
        return operations.get(0);
    }
}
