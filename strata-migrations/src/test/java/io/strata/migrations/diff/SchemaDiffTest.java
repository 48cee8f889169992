package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateCheckConstraint;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreatePrimaryKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DefaultChange;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;

/** One test per kind of change the diff detects, on {@link Bookstore#v1()}. */
class SchemaDiffTest {

    private static final Schema V1 = Bookstore.v1();

    private static SchemaDiff diff(Consumer<Ops> change) {
        return SchemaDiff.between(V1, Schemas.apply(V1, change));
    }

    private static List<String> lines(SchemaDiff diff) {
        return diff.differences().stream().map(Difference::toString).toList();
    }

    @Test
    void identicalSchemasGiveAnEmptyDiff() {
        SchemaDiff diff = SchemaDiff.between(V1, Bookstore.v1());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.upgradeOperations()).isEmpty();
        assertThat(diff.downgradeOperations()).isEmpty();
        assertThat(diff.differences()).isEmpty();
        assertThat(diff.dataLossWarnings()).isEmpty();
        assertThat(SchemaDiff.between(Schema.empty(), Schema.empty()).isEmpty()).isTrue();
    }

    @Test
    void namesCompareWithoutCase() {
        Schema upper = Schema.of(V1.tables().stream().map(t -> new Table(t.name().toUpperCase(),
                t.columns().stream().map(c -> c.withName(c.name().toUpperCase())).toList(),
                new PrimaryKey(t.primaryKey().name().toUpperCase(), t.primaryKey().columns().stream().map(String::toUpperCase).toList()),
                t.foreignKeys(), t.uniqueConstraints(), t.indexes(), t.checks())).toList());

        assertThat(SchemaDiff.between(V1, upper).isEmpty()).isTrue();
    }

    @Test
    void anAddedTableIsCreatedWithAllItsParts() {
        SchemaDiff diff = diff(ops -> ops.createTable("store", t -> t.column("id", integer(), c -> c.notNull())
                .primaryKey("pk_store", "id")));

        assertThat(diff.upgradeOperations()).singleElement().isInstanceOf(CreateTable.class);
        assertThat(diff.downgradeOperations()).singleElement().isInstanceOf(DropTable.class);
        assertThat(lines(diff)).containsExactly("+ table store");
        assertThat(diff.dataLossWarnings()).isEmpty();
        assertThat(diff.downgradeDataLossWarnings()).extracting(DataLossWarning::message)
                .containsExactly("drops table store and every row in it");
    }

    @Test
    void aDroppedTableIsDroppedWithItsDefinitionSoItCanComeBack() {
        SchemaDiff diff = SchemaDiff.between(Bookstore.withReviews(), V1);

        DropTable drop = (DropTable) diff.upgradeOperations().get(0);
        assertThat(drop.previous()).isEqualTo(Bookstore.withReviews().table("review").orElseThrow());
        assertThat(lines(diff)).containsExactly("- table review");
        assertThat(diff.dataLossWarnings()).extracting(DataLossWarning::message)
                .containsExactly("drops table review and every row in it");
    }

    @Test
    void anAddedColumnIsAddedWithItsOptions() {
        SchemaDiff diff = diff(ops -> ops.addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("1")));

        assertThat(diff.upgradeOperations()).containsExactly(new AddColumn("book",
                Column.of("pages", integer()).notNull().withDefault(ServerDefault.expression("1"))));
        assertThat(lines(diff)).containsExactly("+ column book.pages integer not null default 1");
    }

    @Test
    void aDroppedColumnIsDroppedWithItsDefinitionAndWarnedAbout() {
        SchemaDiff diff = diff(ops -> ops.dropColumn("book", "status"));

        assertThat(diff.upgradeOperations()).containsExactly(new DropColumn("book", "status",
                V1.table("book").orElseThrow().column("status").orElseThrow()));
        assertThat(lines(diff)).containsExactly("- column book.status");
        assertThat(diff.dataLossWarnings()).extracting(DataLossWarning::message)
                .containsExactly("drops column book.status and every value in it");
    }

    @Test
    void aTypeChangeIncludingLengthIsAnAlterColumnThatKnowsTheOldColumn() {
        SchemaDiff diff = diff(ops -> ops.alterColumn("book", "title", a -> a.type(varchar(200))));

        AlterColumn alter = (AlterColumn) diff.upgradeOperations().get(0);
        assertThat(alter.type()).isEqualTo(varchar(200));
        assertThat(alter.nullable()).isNull();
        assertThat(alter.serverDefault()).isNull();
        assertThat(alter.existing()).isEqualTo(Column.of("title", varchar(100)).notNull());
        assertThat(lines(diff)).containsExactly("~ column book.title: varchar(100) -> varchar(200) (narrowing? no)");
    }

    @Test
    void aNullabilityChangeIsAnAlterColumn() {
        SchemaDiff diff = diff(ops -> ops.alterColumn("book", "isbn", a -> a.notNull()));

        AlterColumn alter = (AlterColumn) diff.upgradeOperations().get(0);
        assertThat(alter.nullable()).isFalse();
        assertThat(alter.type()).isNull();
        assertThat(lines(diff)).containsExactly("~ column book.isbn: nullable -> not null");
    }

    @Test
    void primaryKeyColumnsAreNotNullWhateverTheyDeclare() {
        Schema declaredNullable = Schemas.of(ops -> ops.createTable("t", t -> t.column("id", integer())
                .primaryKey("pk_t", "id")));
        Schema declaredNotNull = Schemas.of(ops -> ops.createTable("t", t -> t.column("id", integer(), c -> c.notNull())
                .primaryKey("pk_t", "id")));

        assertThat(SchemaDiff.between(declaredNullable, declaredNotNull).isEmpty()).isTrue();
    }

    @Test
    void serverDefaultsAreAddedChangedAndDroppedAndCompareByMeaning() {
        SchemaDiff diff = diff(ops -> ops
                .alterColumn("book", "status", a -> a.dropServerDefault())
                .alterColumn("author", "bio", a -> a.serverDefault("'n/a'"))
                .alterColumn("book", "quantity", a -> a.serverDefault("5")));

        assertThat(diff.upgradeOperations()).extracting(op -> ((AlterColumn) op).serverDefault())
                .containsExactlyInAnyOrder(DefaultChange.drop(), DefaultChange.to(ServerDefault.literal("n/a")),
                        DefaultChange.to(ServerDefault.expression("5")));
        assertThat(lines(diff)).containsExactlyInAnyOrder("~ column book.status: default 'draft' -> none",
                "~ column author.bio: default none -> 'n/a'", "~ column book.quantity: default 0 -> 5");
        assertThat(diff(ops -> ops.alterColumn("book", "quantity", a -> a.serverDefault("'0'"))).isEmpty()).isTrue();
        assertThat(diff(ops -> ops.alterColumn("book", "price", a -> a.serverDefault("0.00"))).isEmpty()).isTrue();
    }

    @Test
    void anAutoIncrementChangeIsListedAsUnsupportedAndNotCarriedOut() {
        Schema to = Schemas.apply(V1, ops -> ops.dropTable("book")
                .createTable("book", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_book", "id")));
        Schema from = Schemas.apply(V1, ops -> ops.dropTable("book")
                .createTable("book", t -> t.column("id", integer(), c -> c.autoIncrement()).primaryKey("pk_book", "id")));

        SchemaDiff diff = SchemaDiff.between(from, to);

        assertThat(diff.upgradeOperations()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.unsupportedChanges()).extracting(Difference::toString).containsExactly(
                "~ column book.id: autoincrement yes -> no (no operation changes it: write that step of the revision by hand)");
    }

    @Test
    void uniqueConstraintsAreAddedDroppedAndRecreatedWhenTheirColumnsChange() {
        SchemaDiff diff = diff(ops -> ops
                .dropConstraint("uq_book_isbn", "book", ConstraintKind.UNIQUE)
                .createUniqueConstraint("uq_book_isbn", "book", "isbn", "title")
                .createUniqueConstraint("uq_author_name", "author", "name"));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass).containsExactly(DropConstraint.class,
                CreateUniqueConstraint.class, CreateUniqueConstraint.class);
        assertThat(lines(diff)).containsExactly("+ unique constraint uq_author_name on author (name)",
                "~ unique constraint uq_book_isbn on book: (isbn) -> (isbn, title)");
    }

    @Test
    void indexesAreAddedDroppedAndRecreatedWhenColumnsOrUniquenessChange() {
        SchemaDiff diff = diff(ops -> ops
                .dropIndex("ix_book_title", "book")
                .createUniqueIndex("ix_book_title", "book", "title")
                .createIndex("ix_book_author_id_title", "book", "author_id", "title"));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropIndex.class, CreateIndex.class, CreateIndex.class);
        assertThat(lines(diff)).containsExactly("~ index ix_book_title on book: (title) -> unique (title)",
                "+ index ix_book_author_id_title on book (author_id, title)");
        assertThat(lines(diff(ops -> ops.dropIndex("ix_book_title", "book")))).containsExactly("- index ix_book_title on book");
    }

    @Test
    void foreignKeysAreAddedDroppedAndRecreatedWhenTheirActionsChange() {
        SchemaDiff diff = diff(ops -> ops
                .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                .createForeignKey("fk_book_author_id_author", "book", fk -> fk.columns("author_id")
                        .references("author", "id").onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.RESTRICT)));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropConstraint.class, CreateForeignKey.class);
        assertThat(lines(diff)).containsExactly("~ foreign key fk_book_author_id_author on book: (author_id) references"
                + " author (id) -> (author_id) references author (id) on delete CASCADE on update RESTRICT");
        assertThat(lines(diff(ops -> ops.dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY))))
                .containsExactly("- foreign key fk_book_author_id_author on book");
    }

    @Test
    void checkConstraintsAreMatchedByName() {
        SchemaDiff diff = diff(ops -> ops
                .dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_quantity", "book", "quantity >= 0"));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropConstraint.class, CreateCheckConstraint.class);
        assertThat(lines(diff)).containsExactly("- check ck_book_price on book", "+ check ck_book_quantity on book (quantity >= 0)");
    }

    @Test
    void aCheckWhoseConditionChangesUnderTheSameNameIsDroppedAndCreated() {
        SchemaDiff diff = diff(ops -> ops.dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_price", "book", "price > 0"));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropConstraint.class, CreateCheckConstraint.class);
        assertThat(((CreateCheckConstraint) diff.upgradeOperations().get(1)).check().expression()).isEqualTo("price > 0");
        assertThat(((CreateCheckConstraint) diff.downgradeOperations().get(1)).check().expression()).isEqualTo("price >= 0");
        assertThat(lines(diff)).containsExactly("~ check ck_book_price on book: (price >= 0) -> (price > 0)");
    }

    @Test
    void aCheckSpelledAsADatabaseRewritesItIsUnchanged() {
        assertThat(diff(ops -> ops.dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_price", "book", "(PRICE >= (0)::numeric)")).isEmpty()).isTrue();
        assertThat(diff(ops -> ops.dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_price", "book", "\"PRICE\" >= CAST(0 AS NUMERIC(1))")).isEmpty()).isTrue();
    }

    @Test
    void aPrimaryKeyChangeDropsAndRecreatesIt() {
        SchemaDiff diff = SchemaDiff.between(Bookstore.withTags(), Schemas.apply(Bookstore.withTags(), ops -> ops
                .dropConstraint("pk_tag", "tag", ConstraintKind.PRIMARY_KEY)
                .createPrimaryKey("pk_tag", "tag", "name", "author_id")));

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropConstraint.class, CreatePrimaryKey.class);
        assertThat(lines(diff)).containsExactly("~ primary key pk_tag on tag: pk_tag (name) -> pk_tag (name, author_id)");
    }

    @Test
    void aPrimaryKeyNamedPrimaryMatchesAnyName() {
        Schema mariaDbStyle = Schema.of(V1.tables().stream()
                .map(t -> t.withPrimaryKey(new PrimaryKey("PRIMARY", t.primaryKey().columns()))).toList());

        assertThat(SchemaDiff.between(V1, mariaDbStyle).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(mariaDbStyle, V1).isEmpty()).isTrue();
    }

    @Test
    void integerToBigintIsAnAlterColumnWithoutDataLoss() {
        SchemaDiff diff = diff(ops -> ops.alterColumn("book", "quantity", a -> a.type(bigint())));

        assertThat(lines(diff)).containsExactly("~ column book.quantity: integer -> bigint (narrowing? no)");
        assertThat(diff.dataLossWarnings()).isEmpty();
        assertThat(diff.downgradeDataLossWarnings()).extracting(DataLossWarning::message)
                .containsExactly("narrows column book.quantity from bigint to integer; values that do not fit are cut or rejected");
    }
}
