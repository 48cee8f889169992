package io.strata.migrations.operations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;

class OperationsTest {

    private static Schema library() {
        Ops ops = new Ops()
                .createTable("author", t -> t.column("id", bigint(), c -> c.autoIncrement())
                        .column("name", varchar(100), c -> c.notNull()).primaryKey("pk_author", "id"))
                .createTable("book", t -> t.column("id", bigint(), c -> c.autoIncrement())
                        .column("author_id", bigint(), c -> c.notNull())
                        .column("title", varchar(200), c -> c.notNull().serverDefault("''"))
                        .primaryKey("pk_book", "id")
                        .foreignKey("fk_book_author_id_author", "author_id", "author", "id")
                        .unique("uq_book_title", "author_id", "title")
                        .check("ck_book_title", "title <> ''")
                        .index("ix_book_title", "title"));
        return replay(Schema.empty(), ops.operations());
    }

    private static Schema replay(Schema schema, List<Operation> ops) {
        Schema result = schema;
        for (Operation op : ops) {
            result = op.applyTo(result);
        }
        return result;
    }

    @Test
    void theDslRecordsOperationsInOrder() {
        List<Operation> ops = new Ops().addColumn("book", "isbn", varchar(20)).createIndex("ix_book_isbn", "book", "isbn")
                .execute("UPDATE book SET isbn = ''").operations();
        assertThat(ops).containsExactly(new AddColumn("book", Column.of("isbn", varchar(20))),
                new CreateIndex("book", new io.strata.migrations.schema.Index("ix_book_isbn", List.of("isbn"), false)),
                Execute.sql("UPDATE book SET isbn = ''"));
    }

    @Test
    void everySchemaChangeCompletedFromTheSchemaBeforeReversesToThatSchema() {
        Schema before = library();
        List<Operation> ops = new Ops()
                .addColumn("book", "isbn", varchar(20))
                .alterColumn("book", "title", a -> a.type(varchar(300)).nullable(true).dropServerDefault().rename("name"))
                .createUniqueConstraint("uq_book_isbn", "book", "isbn")
                .createCheckConstraint("ck_book_isbn", "book", "isbn <> ''")
                .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                .createForeignKey("fk_book_author", "book", "author_id", "author", "id")
                .dropIndex("ix_book_title", "book")
                .createIndex("ix_book_isbn", "book", "isbn")
                .renameTable("book", "volume")
                .dropIndex("ix_book_isbn", "volume")   // a dropped column's reverse restores the column only
                .dropConstraint("uq_book_isbn", "volume", ConstraintKind.UNIQUE)
                .dropConstraint("ck_book_isbn", "volume", ConstraintKind.CHECK)
                .dropColumn("volume", "isbn")
                .dropTable("volume")
                .operations();
        Schema schema = before;
        List<Operation> completed = new java.util.ArrayList<>();
        for (Operation op : ops) {
            Operation complete = op.completedFrom(schema);
            completed.add(complete);
            schema = complete.applyTo(schema);
        }
        assertThat(schema.table("volume")).isEmpty();
        for (int i = completed.size() - 1; i >= 0; i--) {
            schema = completed.get(i).reverse().orElseThrow().applyTo(schema);
        }
        assertThat(schema).isEqualTo(before);
    }

    @Test
    void operationsWithoutThePreviousDefinitionDoNotReverse() {
        assertThat(DropTable.named("book").reverse()).isEmpty();
        assertThat(new DropColumn("book", "title", null).reverse()).isEmpty();
        assertThat(new DropIndex("book", "ix", null).reverse()).isEmpty();
        assertThat(new DropConstraint("book", "ck", ConstraintKind.CHECK, null).reverse()).isEmpty();
        assertThat(new AlterColumn("book", "title", null, integer(), null, null, null).reverse()).isEmpty();
        assertThat(Execute.sql("SELECT 1").reverse()).isEmpty();
        assertThat(new RunCallback("noop", c -> { }).reverse()).isEmpty();
        Table book = library().table("book").orElseThrow();
        assertThat(new DropTable("book", book).reverse()).contains(new CreateTable(book));
    }

    @Test
    void alterColumnReversesToTheExistingValuesOfWhatItChanged() {
        Column existing = Column.of("title", varchar(100)).withDefault(ServerDefault.literal("x"));
        AlterColumn op = new AlterColumn("book", "title", "name", varchar(200), false, DefaultChange.drop(), existing);
        assertThat(op.reverse()).contains(new AlterColumn("book", "name", "title", varchar(100), true,
                new DefaultChange(ServerDefault.literal("x")), existing.withType(varchar(200)).notNull().withDefault(null).withName("name")));
    }

    @Test
    void droppingAColumnDropsTheConstraintsAndIndexesThatInvolveIt() {
        Table book = new DropColumn("book", "title", null).applyTo(library()).table("book").orElseThrow();
        assertThat(book.uniqueConstraints()).isEmpty();
        assertThat(book.checks()).isEmpty();
        assertThat(book.indexes()).isEmpty();
        assertThat(book.foreignKeys()).hasSize(1);
    }

    @Test
    void renamingFollowsIntoForeignKeysOfOtherTables() {
        Schema renamed = replay(library(), new Ops().renameTable("author", "writer")
                .alterColumn("writer", "id", a -> a.rename("writer_id")).operations());
        assertThat(renamed.table("book").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("writer");
        assertThat(renamed.table("book").orElseThrow().foreignKeys().get(0).referencedColumns()).containsExactly("writer_id");
        assertThat(renamed.table("writer").orElseThrow().primaryKey().columns()).containsExactly("writer_id");
    }

    @Test
    void renamingAConstraintOrIndexKeepsItsDefinitionAndPlaceAndRenamingBackRestoresTheTable() {
        List<Operation> renames = new Ops()
                .renameConstraint("book", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY)
                .renameConstraint("book", "uq_book_title", "uq_volume_title", ConstraintKind.UNIQUE)
                .renameConstraint("book", "fk_book_author_id_author", "fk_volume_author", ConstraintKind.FOREIGN_KEY)
                .renameConstraint("book", "ck_book_title", "ck_volume_title", ConstraintKind.CHECK)
                .renameIndex("book", "ix_book_title", "ix_volume_title")
                .operations();

        Schema renamed = replay(library(), renames);

        Table before = library().table("book").orElseThrow();
        Table book = renamed.table("book").orElseThrow();
        assertThat(book.primaryKey()).isEqualTo(new io.strata.migrations.schema.PrimaryKey("pk_volume", List.of("id")));
        assertThat(book.uniqueConstraints()).containsExactly(
                new io.strata.migrations.schema.UniqueConstraint("uq_volume_title", List.of("author_id", "title")));
        assertThat(book.foreignKeys()).extracting(fk -> fk.name(), fk -> fk.columns(), fk -> fk.referencedTable())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fk_volume_author", List.of("author_id"), "author"));
        assertThat(book.checks()).containsExactly(new io.strata.migrations.schema.CheckConstraint("ck_volume_title", "title <> ''"));
        assertThat(book.indexes()).containsExactly(new io.strata.migrations.schema.Index("ix_volume_title", List.of("title"), false));
        assertThat(book.columns()).isEqualTo(before.columns());
        Schema back = renamed;
        for (int i = renames.size() - 1; i >= 0; i--) {
            back = renames.get(i).reverse().orElseThrow().applyTo(back);
        }
        assertThat(back).isEqualTo(library());
        assertThat(renames.get(0).reverse())
                .contains(new RenameConstraint("book", "pk_volume", "pk_book", ConstraintKind.PRIMARY_KEY));
        assertThat(renames.get(4).reverse()).contains(new RenameIndex("book", "ix_volume_title", "ix_book_title"));
        assertThat(renames.stream().noneMatch(Operation::losesData)).isTrue();
    }

    @Test
    void renamingAMissingConstraintOrIndexOrOntoATakenNameSaysWhich() {
        assertThatThrownBy(() -> new RenameConstraint("book", "pk_nope", "pk_x", ConstraintKind.PRIMARY_KEY).applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("pk_nope")
                .hasMessageContaining("no such constraint (PRIMARY_KEY constraints: [pk_book])");
        assertThatThrownBy(() -> new RenameConstraint("book", "uq_book_title", "uq_x", ConstraintKind.CHECK).applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("CHECK constraints: [ck_book_title]");
        assertThatThrownBy(() -> new RenameConstraint("book", "uq_book_title", "ix_book_title", ConstraintKind.UNIQUE)
                .applyTo(library())).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("already has a constraint or index named ix_book_title");
        assertThatThrownBy(() -> new RenameIndex("book", "ix_nope", "ix_x").applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("no such index (indexes: [ix_book_title])");
        assertThatThrownBy(() -> new RenameIndex("nope", "ix_a", "ix_b").applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("no table nope");
        assertThatThrownBy(() -> new RenameConstraint("book", "a", " ", ConstraintKind.CHECK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new constraint name");
    }

    @Test
    void mismatchesNameTheMissingThingAndTheFix() {
        assertThatThrownBy(() -> new AddColumn("nope", Column.of("x", integer())).applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("no table nope")
                .hasMessageContaining("[author, book]");
        assertThatThrownBy(() -> new DropColumn("book", "nope", null).applyTo(library()))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("has no column nope");
        assertThatThrownBy(() -> new CreateIndex("book", new io.strata.migrations.schema.Index("ix_book_title", List.of("id"), false))
                .applyTo(library())).hasMessageContaining("already has a constraint or index named ix_book_title");
        assertThatThrownBy(() -> new Ops().alterColumn("book", "title", a -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changes nothing");
    }

    @Test
    void executeFallsBackToTheCommonSqlAndBulkInsertKeepsColumnOrderAndNulls() {
        Execute execute = new Execute("SELECT 1", Map.of("postgresql", "SELECT 2"));
        assertThat(execute.sqlFor("postgresql")).contains("SELECT 2");
        assertThat(execute.sqlFor("h2")).contains("SELECT 1");
        assertThat(new Execute(null, Map.of("sqlite", "VACUUM")).sqlFor("h2")).isEmpty();
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("b", null);
        row.put("a", 1);
        assertThat(new BulkInsert("t", List.of(row)).rows().get(0).keySet()).containsExactly("b", "a");
    }

    @Test
    void onlyDropsAndTypeChangesLoseData() {
        assertThat(DropTable.named("t").losesData()).isTrue();
        assertThat(new DropColumn("t", "c", null).losesData()).isTrue();
        assertThat(new AlterColumn("t", "c", null, integer(), null, null, null).losesData()).isTrue();
        assertThat(new AlterColumn("t", "c", "d", null, null, null, null).losesData()).isFalse();
        assertThat(new AddColumn("t", Column.of("c", integer())).losesData()).isFalse();
    }
}
