package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.blob;
import static io.strata.migrations.schema.ColumnType.binary;
import static io.strata.migrations.schema.ColumnType.date;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.doubleType;
import static io.strata.migrations.schema.ColumnType.floatType;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.smallint;
import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.timestamp;
import static io.strata.migrations.schema.ColumnType.timestampTz;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.strata.migrations.diff.internal.TypeNarrowing;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;

/** Which type changes are flagged as losing data: narrowing ones, in both directions of a diff. */
class DataLossTest {

    private static ColumnType type(String name) {
        return switch (name) {
            case "varchar(100)" -> varchar(100);
            case "varchar(200)" -> varchar(200);
            case "varchar(5)" -> varchar(5);
            case "text" -> text();
            case "smallint" -> smallint();
            case "integer" -> integer();
            case "bigint" -> bigint();
            case "decimal(10,2)" -> decimal(10, 2);
            case "decimal(12,2)" -> decimal(12, 2);
            case "decimal(10,4)" -> decimal(10, 4);
            case "decimal(10,1)" -> decimal(10, 1);
            case "decimal(12,4)" -> decimal(12, 4);
            case "decimal(20,0)" -> decimal(20, 0);
            case "float" -> floatType();
            case "double" -> doubleType();
            case "timestamp" -> timestamp();
            case "timestamp_tz" -> timestampTz();
            case "date" -> date();
            case "binary(16)" -> binary(16);
            case "blob" -> blob();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} -> {1}: narrowing {2}")
    @CsvSource(delimiter = '|', value = {
            "varchar(100) | varchar(200) | false", "varchar(200) | varchar(100) | true",
            "varchar(100) | text | false", "text | varchar(200) | true",
            "smallint | integer | false", "integer | bigint | false", "bigint | integer | true", "integer | smallint | true",
            "decimal(10,2) | decimal(12,2) | false", "decimal(12,2) | decimal(10,2) | true",
            "decimal(10,2) | decimal(12,4) | false", "decimal(10,2) | decimal(10,1) | true", "decimal(10,2) | decimal(10,4) | true",
            "integer | decimal(12,2) | false", "bigint | decimal(12,2) | true", "bigint | decimal(20,0) | false",
            "decimal(10,2) | integer | true",
            "float | double | false", "double | float | true", "integer | double | false", "bigint | double | true",
            "timestamp | timestamp_tz | false", "timestamp_tz | timestamp | true", "date | timestamp | false", "timestamp | date | true",
            "binary(16) | blob | false", "blob | binary(16) | true", "integer | varchar(100) | false", "integer | varchar(5) | true",
            "varchar(100) | integer | true", "text | blob | true"
    })
    void typeChangesAreNarrowingWhenValuesMayNotFit(String from, String to, boolean narrowing) {
        assertThat(TypeNarrowing.isNarrowing(type(from), type(to))).isEqualTo(narrowing);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"varchar(200) | varchar(100)", "text | varchar(200)", "bigint | integer",
            "decimal(12,2) | decimal(10,2)"})
    void aNarrowingAlterColumnIsWarnedAboutAndItsWideningReverseIsNot(String from, String to) {
        Schema v1 = Schemas.of(ops -> ops.createTable("t", t -> t.column("c", type(from))));
        Schema v2 = Schemas.of(ops -> ops.createTable("t", t -> t.column("c", type(to))));

        SchemaDiff diff = SchemaDiff.between(v1, v2);

        assertThat(diff.dataLossWarnings()).singleElement().satisfies(w -> {
            assertThat(w.table()).isEqualTo("t");
            assertThat(w.operation()).isSameAs(diff.upgradeOperations().get(0));
            assertThat(w.message()).isEqualTo("narrows column t.c from " + from + " to " + to + "; values that do not fit are cut or rejected");
        });
        assertThat(diff.downgradeDataLossWarnings()).isEmpty();
        assertThat(diff.differences()).extracting(Difference::toString)
                .containsExactly("~ column t.c: " + from + " -> " + to + " (narrowing? yes)");
    }
}
