package io.strata.migrations.dialect.internal.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.internal.Inspect;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Table;
import io.strata.testing.DbKind;

class H2InspectorTest {

    @Test
    void unquotedNamesReadInLowerCaseAndQuotedMixedCaseNamesAsWritten() throws Exception {
        Table t = Inspect.table(DbKind.H2, "Orders",
                "CREATE TABLE parent (id integer PRIMARY KEY)",
                "CREATE TABLE \"Orders\" (\"LineNo\" integer, qty integer, parent_id integer,"
                        + " CONSTRAINT ck_orders_qty CHECK (qty > \"LineNo\"),"
                        + " CONSTRAINT fk_orders FOREIGN KEY (parent_id) REFERENCES parent (id) ON UPDATE RESTRICT)");

        assertThat(t.columns()).extracting(Column::name).containsExactly("LineNo", "qty", "parent_id");
        assertThat(t.checks()).containsExactly(new CheckConstraint("ck_orders_qty", "qty > \"LineNo\""));
        assertThat(t.foreignKeys()).containsExactly(new ForeignKey("fk_orders", List.of("parent_id"), "parent",
                List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT));
        assertThat(t.indexes()).as("the index H2 generates for the foreign key").isEmpty();
    }

    @Test
    void unboundedVaryingTypesReadAsTextAndBlob() throws Exception {
        Table t = Inspect.table(DbKind.H2, "t", "CREATE TABLE t (a varchar, b varbinary, c float, d decimal(5,0))");

        assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.text(), ColumnType.blob(),
                ColumnType.doubleType(), ColumnType.decimal(5, 0));
    }
}
