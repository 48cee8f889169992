package io.strata.benchmarks.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.bool;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.timestamp;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Autogenerate's diff on a synthetic 200-table model (eight columns, a primary key, a foreign key to
 * the previous table, a unique constraint and an index each), where every tenth table changed: a
 * column added, one widened, one dropped, an index added. Baseline: the least any diff must do,
 * walking both schemas and comparing each table by value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DiffBenchmark {

    private static final int TABLES = 200;

    private Schema head;
    private Schema models;

    /** Builds the head and model schemas. */
    @Setup
    public void build() {
        List<Table> before = new ArrayList<>();
        List<Table> after = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            Table table = table(i);
            before.add(table);
            after.add(i % 10 == 3 ? changed(table) : table);
        }
        head = Schema.of(before);
        models = Schema.of(after);
    }

    /** Strata: the full diff, ordered operations, their reverses, data-loss and rename analysis. */
    @Benchmark
    public SchemaDiff strata() {
        return SchemaDiff.between(head, models, DiffOptions.defaults());
    }

    /** Baseline: every table looked up and compared by value. */
    @Benchmark
    public int baseline() {
        int changed = 0;
        for (Table table : models.tables()) {
            if (!Objects.equals(head.table(table.name()).orElse(null), table)) {
                changed++;
            }
        }
        return changed;
    }

    private static Table table(int i) {
        String name = "entity_" + i;
        List<Column> columns = List.of(Column.of("id", bigint()).autoIncrementing(),
                Column.of("name", varchar(100)).notNull(), Column.of("description", text()),
                Column.of("price", decimal(10, 2)), Column.of("quantity", integer()),
                Column.of("active", bool()).notNull(), Column.of("created_at", timestamp()),
                Column.of("parent_id", bigint()));
        Table table = Table.of(name, columns).withPrimaryKey(new PrimaryKey("pk_" + name, List.of("id")))
                .withUnique(new UniqueConstraint("uq_" + name + "_name", List.of("name")))
                .withIndex(new Index("ix_" + name + "_created_at", List.of("created_at"), false));
        if (i > 0) {
            table = table.withForeignKey(ForeignKey.of("fk_" + name + "_parent_id_entity_" + (i - 1), List.of("parent_id"),
                    "entity_" + (i - 1), List.of("id")));
        }
        return table;
    }

    private static Table changed(Table table) {
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.name().equals("quantity")) {
                continue;
            }
            columns.add(c.name().equals("name") ? c.withType(varchar(200)) : c);
        }
        columns.add(Column.of("sku", varchar(40)));
        return table.withColumns(columns)
                .withIndex(new Index("ix_" + table.name() + "_sku", List.of("sku"), false));
    }
}
