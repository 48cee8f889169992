package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.binary;
import static io.strata.migrations.schema.ColumnType.timestampTz;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** The one-line-per-difference listing, and the representation-only differences it can ignore. */
class SchemaComparisonTest {

    @Test
    void listsOneLinePerDifference() {
        Schema models = Schemas.apply(Bookstore.v1(), ops -> ops
                .createTable("store", t -> t.column("id", ColumnType.integer(), c -> c.notNull()))
                .alterColumn("book", "title", a -> a.type(varchar(200)))
                .dropIndex("ix_book_title", "book"));

        SchemaComparison comparison = SchemaComparison.between(Bookstore.v1(), models);

        assertThat(comparison.isEmpty()).isFalse();
        assertThat(comparison.report()).isEqualTo("""
                + table store
                ~ column book.title: varchar(100) -> varchar(200) (narrowing? no)
                - index ix_book_title on book""");
        assertThat(comparison.differences().get(1)).isEqualTo(new Difference(Difference.Change.CHANGED,
                Difference.ObjectKind.COLUMN, "book", "title", "varchar(100) -> varchar(200) (narrowing? no)"));
        assertThat(SchemaComparison.between(models, models).toString()).isEqualTo("no differences");
    }

    @Test
    void ignoredTablesAreLeftOutOnBothSides() {
        Schema withVersion = Schemas.apply(Bookstore.v1(), ops -> ops.createTable("strata_version",
                t -> t.column("version_num", varchar(32), c -> c.notNull())));

        assertThat(SchemaComparison.between(Bookstore.v1(), withVersion, DiffOptions.defaults().ignoringTables("STRATA_VERSION"))
                .isEmpty()).isTrue();
    }

    @Test
    void onSqliteAnAutoIncrementBigintReadsBackAsInteger() {
        Schema models = Schemas.of(ops -> ops.createTable("t", t -> t.column("id", bigint(), c -> c.autoIncrement())
                .primaryKey("pk_t", "id")));
        Schema live = Schemas.of(ops -> ops.createTable("t", t -> t.column("id", ColumnType.integer(), c -> c.autoIncrement())
                .primaryKey("pk_t", "id")));

        assertThat(SchemaComparison.between(models, live).report())
                .isEqualTo("~ column t.id: bigint -> integer (narrowing? yes)");
        assertThat(SchemaComparison.between(models, live, DiffOptions.defaults().ignoringRepresentationOf("sqlite")).isEmpty())
                .isTrue();
        assertThat(SchemaComparison.between(models, live, DiffOptions.defaults().ignoringRepresentationOf("h2")).isEmpty())
                .isFalse();
    }

    @Test
    void onPostgresqlASizedBinaryReadsBackAsBlob() {
        Schema models = Schemas.of(ops -> ops.createTable("t", t -> t.column("checksum", binary(16))));
        Schema live = Schemas.of(ops -> ops.createTable("t", t -> t.column("checksum", ColumnType.blob())));

        assertThat(SchemaComparison.between(models, live, DiffOptions.defaults().ignoringRepresentationOf("postgresql")).isEmpty())
                .isTrue();
    }

    @Test
    void onMariadbTimestampTzIsTimestampAUniqueIndexIsAUniqueConstraintAndThePrimaryKeyHasNoName() {
        Schema models = Schemas.of(ops -> ops.createTable("t", t -> t.column("id", ColumnType.integer(), c -> c.notNull())
                .column("seen", timestampTz()).column("code", varchar(10)).primaryKey("pk_t", "id")
                .uniqueIndex("ix_t_code", "code")));
        Table live = Table.of("t", models.table("t").orElseThrow().columns().stream()
                        .map(c -> c.type().equals(timestampTz()) ? c.withType(ColumnType.timestamp()) : c).toList())
                .withPrimaryKey(new PrimaryKey(SchemaInspector.UNNAMED_PRIMARY_KEY, java.util.List.of("id")))
                .withUnique(new UniqueConstraint("ix_t_code", java.util.List.of("code")));

        assertThat(SchemaComparison.between(models, Schema.of(java.util.List.of(live)),
                DiffOptions.defaults().ignoringRepresentationOf("mysql")).isEmpty()).isTrue();
        assertThat(SchemaComparison.between(models, Schema.of(java.util.List.of(live))).differences()).hasSize(3);
    }

    @Test
    void anUnknownDialectNameIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> DiffOptions.defaults().ignoringRepresentationOf("oracle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'oracle'").hasMessageContaining("[h2, mariadb, postgresql, sqlite]");
    }
}
