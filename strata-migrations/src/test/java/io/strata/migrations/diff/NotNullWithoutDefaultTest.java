package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DefaultChange;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;

/**
 * A NOT NULL column added to an existing table without a server default is flagged (it fails on the
 * first table with rows); a one-off default fills the existing rows and is dropped right after.
 */
class NotNullWithoutDefaultTest {

    private static final Schema V1 = Bookstore.v1();
    private static final Schema PAGES = Schemas.apply(V1, ops -> ops.addColumn("book", "pages", integer(), c -> c.notNull()));
    private static final Column PAGES_COLUMN = new Column("pages", integer(), false, null, false);

    @Test
    void aNotNullColumnWithoutDefaultAddedToAnExistingTableIsFlagged() {
        SchemaDiff diff = SchemaDiff.between(V1, PAGES);

        assertThat(diff.notNullWithoutDefault()).extracting(NotNullWithoutDefault::message).containsExactly(
                "NOT NULL without a default: existing rows will fail (adds column book.pages integer not null)");
        assertThat(diff.notNullWithoutDefault().get(0).operation()).isEqualTo(new AddColumn("book", PAGES_COLUMN));
        assertThat(diff.downgradeNotNullWithoutDefault()).isEmpty();
    }

    @Test
    void nullableDefaultedAutoIncrementAndNewTableColumnsAreNotFlagged() {
        Schema other = Schemas.apply(V1, ops -> ops
                .addColumn("book", "subtitle", varchar(200))
                .addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("1"))
                .createTable("store", t -> t.column("id", integer(), c -> c.autoIncrement())
                        .column("name", varchar(50), c -> c.notNull()).primaryKey("pk_store", "id")));

        assertThat(SchemaDiff.between(V1, other).notNullWithoutDefault()).isEmpty();
    }

    @Test
    void reAddingADroppedNotNullColumnInTheDowngradeIsFlaggedThere() {
        SchemaDiff diff = SchemaDiff.between(PAGES, V1);

        assertThat(diff.notNullWithoutDefault()).isEmpty();
        assertThat(diff.downgradeNotNullWithoutDefault()).extracting(NotNullWithoutDefault::column).containsExactly("pages");
    }

    @Test
    void aOneOffDefaultAddsTheColumnWithItThenDropsItAndTheDowngradeReverses() {
        SchemaDiff diff = SchemaDiff.between(V1, PAGES, DiffOptions.defaults().oneOffDefault("book", "pages", " 0 "));

        Column withDefault = PAGES_COLUMN.withDefault(new ServerDefault("0"));
        assertThat(diff.upgradeOperations()).containsExactly(new AddColumn("book", withDefault),
                new AlterColumn("book", "pages", null, null, null, new DefaultChange(null), withDefault));
        assertThat(diff.downgradeOperations()).containsExactly(
                new AlterColumn("book", "pages", null, null, null, new DefaultChange(new ServerDefault("0")), PAGES_COLUMN),
                new DropColumn("book", "pages", withDefault));
        assertThat(diff.notNullWithoutDefault()).isEmpty();
        assertThat(diff.oneOffDefaults()).containsExactly(new DiffOptions.OneOffDefault("book", "pages", "0"));
        assertThat(Schemas.applyAll(V1, diff.upgradeOperations())).as("the model's schema, without the default")
                .isEqualTo(PAGES);
        assertThat(diff.differences()).extracting(Difference::toString).containsExactly("+ column book.pages integer not null");
    }

    @Test
    void aOneOffDefaultMustNameAnAddedNotNullColumnWithoutDefault() {
        assertThatThrownBy(() -> SchemaDiff.between(V1, PAGES, DiffOptions.defaults().oneOffDefault("book", "isbn", "0")))
                .isInstanceOf(OneOffDefaultException.class)
                .hasMessage("oneOffDefault(\"book\", \"isbn\", \"0\"): the models add no column isbn to an existing table book"
                        + " (it adds pages); a one-off default only fills the existing rows of a NOT NULL column added to a"
                        + " table that has rows");
        Schema defaulted = Schemas.apply(V1, ops -> ops.addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("1")));
        assertThatThrownBy(() -> SchemaDiff.between(V1, defaulted, DiffOptions.defaults().oneOffDefault("book", "pages", "0")))
                .isInstanceOf(OneOffDefaultException.class)
                .hasMessageEndingWith("column book.pages needs none: it is given the default 1 by the model;"
                        + " remove the one-off default");
    }

    @Test
    void aOneOffDefaultMustBeALiteralOfTheColumnsType() {
        Schema country = Schemas.apply(V1, ops -> ops.addColumn("author", "country", varchar(2), c -> c.notNull()));

        assertThatThrownBy(() -> SchemaDiff.between(V1, PAGES, DiffOptions.defaults().oneOffDefault("book", "pages", "'x'")))
                .isInstanceOf(OneOffDefaultException.class)
                .hasMessageEndingWith("''x'' is not a value for column book.pages (integer): give a number, e.g. 0");
        assertThatThrownBy(() -> SchemaDiff.between(V1, country, DiffOptions.defaults().oneOffDefault("author", "country", "GB")))
                .hasMessageContaining("give text in single quotes, e.g. 'unknown'");
        assertThatThrownBy(() -> SchemaDiff.between(V1, country, DiffOptions.defaults().oneOffDefault("author", "country", "'GBR'")))
                .hasMessageEndingWith("it is 3 characters long, longer than the column's 2");
        assertThat(SchemaDiff.between(V1, country, DiffOptions.defaults().oneOffDefault("author", "country", "''''"))
                .upgradeOperations().get(0)).isEqualTo(new AddColumn("author",
                        new Column("country", varchar(2), false, new ServerDefault("''''"), false)));
    }

    @Test
    void aOneOffDefaultNeedsAValue() {
        assertThatThrownBy(() -> DiffOptions.defaults().oneOffDefault("book", "pages", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one-off default");
    }
}
