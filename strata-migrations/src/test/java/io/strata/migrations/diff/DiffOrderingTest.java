package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/** The upgrade works with foreign keys enforced: what is depended on exists first and goes last. */
class DiffOrderingTest {

    private static List<String> describe(List<Operation> ops) {
        return ops.stream().map(DiffOrderingTest::describe).toList();
    }

    private static String describe(Operation op) {
        if (op instanceof CreateTable c) {
            return "create " + c.table().name() + c.table().foreignKeys().stream().map(fk -> " +" + fk.name()).toList();
        }
        if (op instanceof DropTable d) {
            return "drop " + d.name();
        }
        if (op instanceof CreateForeignKey fk) {
            return "add fk " + fk.constraintName();
        }
        if (op instanceof DropConstraint dc) {
            return "drop " + dc.kind() + " " + dc.name();
        }
        if (op instanceof DropIndex ix) {
            return "drop index " + ix.name();
        }
        if (op instanceof CreateIndex ix) {
            return "add index " + ix.index().name();
        }
        if (op instanceof AddColumn ac) {
            return "add column " + ac.column().name();
        }
        if (op instanceof DropColumn dc) {
            return "drop column " + dc.column();
        }
        if (op instanceof AlterColumn a) {
            return "alter " + a.column();
        }
        if (op instanceof CreateUniqueConstraint u) {
            return "add unique " + u.constraintName();
        }
        return op.toString();
    }

    @Test
    void referencedTablesAreCreatedBeforeReferencingOnesWhateverTheDeclarationOrder() {
        Schema to = Schemas.of(ops -> ops
                .createTable("book", t -> t.column("id", integer(), c -> c.notNull()).column("author_id", integer())
                        .primaryKey("pk_book", "id").foreignKey("fk_book_author_id_author", "author_id", "author", "id"))
                .createTable("author", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_author", "id")));

        assertThat(describe(SchemaDiff.between(Schema.empty(), to).upgradeOperations()))
                .containsExactly("create author[]", "create book[ +fk_book_author_id_author]");
        assertThat(describe(SchemaDiff.between(to, Schema.empty()).upgradeOperations()))
                .containsExactly("drop book", "drop author");
    }

    @Test
    void aCycleOfNewTablesGetsTheClosingForeignKeyAfterBothTables() {
        Schema to = Schemas.of(ops -> ops
                .createTable("person", t -> t.column("id", integer(), c -> c.notNull()).column("pet_id", integer())
                        .primaryKey("pk_person", "id").foreignKey("fk_person_pet_id_pet", "pet_id", "pet", "id"))
                .createTable("pet", t -> t.column("id", integer(), c -> c.notNull()).column("owner_id", integer())
                        .primaryKey("pk_pet", "id").foreignKey("fk_pet_owner_id_person", "owner_id", "person", "id")));

        SchemaDiff diff = SchemaDiff.between(Schema.empty(), to);

        assertThat(describe(diff.upgradeOperations()))
                .containsExactly("create person[]", "create pet[ +fk_pet_owner_id_person]", "add fk fk_person_pet_id_pet");
        assertThat(describe(SchemaDiff.between(to, Schema.empty()).upgradeOperations()))
                .containsExactly("drop FOREIGN_KEY fk_person_pet_id_pet", "drop pet", "drop person");
    }

    @Test
    void aSelfReferenceStaysInline() {
        Schema to = Schemas.of(ops -> ops.createTable("node", t -> t.column("id", integer(), c -> c.notNull())
                .column("parent_id", integer()).primaryKey("pk_node", "id")
                .foreignKey("fk_node_parent_id_node", "parent_id", "node", "id")));

        assertThat(describe(SchemaDiff.between(Schema.empty(), to).upgradeOperations()))
                .containsExactly("create node[ +fk_node_parent_id_node]");
    }

    @Test
    void aKeptTableGetsItsKeyToANewTableAfterThatTableIsCreated() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops
                .createTable("publisher", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_publisher", "id"))
                .addColumn("book", "publisher_id", integer())
                .createIndex("ix_book_publisher_id", "book", "publisher_id")
                .createForeignKey("fk_book_publisher_id_publisher", "book", "publisher_id", "publisher", "id"));

        assertThat(describe(SchemaDiff.between(Bookstore.v1(), to).upgradeOperations())).containsExactly(
                "add column publisher_id", "create publisher[]", "add index ix_book_publisher_id",
                "add fk fk_book_publisher_id_publisher");
    }

    @Test
    void droppingAReferencedTableDropsTheReferencingKeyFirst() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops
                .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                .dropColumn("book", "author_id")
                .dropTable("author"));

        assertThat(describe(SchemaDiff.between(Bookstore.v1(), to).upgradeOperations())).containsExactly(
                "drop FOREIGN_KEY fk_book_author_id_author", "drop author", "drop column author_id");
    }

    @Test
    void indexesAndConstraintsOnADroppedColumnAreDroppedBeforeIt() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops.dropColumn("book", "title").dropColumn("book", "isbn")
                .dropColumn("book", "price"));

        SchemaDiff diff = SchemaDiff.between(Bookstore.v1(), to);

        assertThat(describe(diff.upgradeOperations())).containsExactly("drop index ix_book_title",
                "drop UNIQUE uq_book_isbn", "drop CHECK ck_book_price", "drop column title", "drop column isbn",
                "drop column price");
        assertThat(Schemas.canonical(Schemas.applyAll(to, diff.downgradeOperations())))
                .isEqualTo(Schemas.canonical(Bookstore.v1()));
    }

    @Test
    void aCheckKeptUnderItsNameIsRecreatedWhenTheColumnItMentionsIsDropped() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops.dropColumn("book", "price")
                .createCheckConstraint("ck_book_price", "book", "quantity >= 0"));

        assertThat(describe(SchemaDiff.between(Bookstore.v1(), to).upgradeOperations()))
                .containsExactly("drop CHECK ck_book_price", "drop column price",
                        "CreateCheckConstraint[table=book, check=CheckConstraint[name=ck_book_price, expression=quantity >= 0]]");
    }

    @Test
    void aTypeChangeOfAReferencedColumnDropsAndRecreatesTheKeysAroundIt() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops
                .alterColumn("author", "id", a -> a.type(bigint()))
                .alterColumn("book", "author_id", a -> a.type(bigint())));

        assertThat(describe(SchemaDiff.between(Bookstore.v1(), to).upgradeOperations())).containsExactly(
                "drop FOREIGN_KEY fk_book_author_id_author", "alter id", "alter author_id",
                "add fk fk_book_author_id_author");
    }

    @Test
    void aNewUniqueConstraintExistsBeforeANewTableReferencesIt() {
        Schema to = Schemas.apply(Bookstore.v1(), ops -> ops
                .createUniqueConstraint("uq_author_name", "author", "name")
                .createTable("alias", t -> t.column("name", varchar(100), c -> c.notNull())
                        .foreignKey("fk_alias_name_author", "name", "author", "name")));

        assertThat(describe(SchemaDiff.between(Bookstore.v1(), to).upgradeOperations()))
                .containsExactly("add unique uq_author_name", "create alias[ +fk_alias_name_author]");
    }
}
