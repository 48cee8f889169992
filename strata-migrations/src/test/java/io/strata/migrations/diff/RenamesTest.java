package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.CreateUniqueConstraint;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.RenameIndex;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.schema.Schema;

/**
 * Renames: drop + add of the same shape is flagged; a hint turns it into a rename. Keys, uniques and
 * indexes that change only their name are renamed.
 */
class RenamesTest {

    private static final Schema V1 = Bookstore.v1();
    private static final Schema TITLE_RENAMED = Schemas.apply(V1, ops -> ops.alterColumn("book", "title", a -> a.rename("name")));
    private static final Schema AUTHOR_RENAMED = Schemas.apply(V1, ops -> ops.renameTable("author", "writer"));

    @Test
    void aColumnDroppedAndAddedWithTheSameShapeIsFlaggedButStillDroppedAndAdded() {
        SchemaDiff diff = SchemaDiff.between(V1, TITLE_RENAMED);

        assertThat(diff.likelyRenames()).containsExactly(LikelyRename.column("book", "title", "name", varchar(100)));
        assertThat(diff.likelyRenames().get(0).commandLineHint()).isEqualTo("--rename book.title=name");
        assertThat(diff.likelyRenames().get(0).javaHint())
                .isEqualTo("DiffOptions.defaults().renameColumn(\"book\", \"title\", \"name\")");
        assertThat(SchemaDiff.between(V1, TITLE_RENAMED, diff.likelyRenames().get(0).applyTo(DiffOptions.defaults()))
                .upgradeOperations()).as("the rename accepted").hasSize(1);
        assertThat(diff.upgradeOperations()).extracting(Operation::getClass).contains(DropColumn.class, AddColumn.class);
        assertThat(diff.dataLossWarnings()).extracting(DataLossWarning::message)
                .contains("drops column book.title and every value in it");
    }

    @Test
    void aColumnRenameHintGivesOneRenameThatTheIndexFollows() {
        SchemaDiff diff = SchemaDiff.between(V1, TITLE_RENAMED, DiffOptions.defaults().renameColumn("book", "title", "name"));

        assertThat(diff.upgradeOperations()).containsExactly(new AlterColumn("book", "title", "name", null, null, null,
                V1.table("book").orElseThrow().column("title").orElseThrow()));
        assertThat(diff.likelyRenames()).isEmpty();
        assertThat(diff.dataLossWarnings()).isEmpty();
        assertThat(diff.differences()).extracting(Difference::toString).containsExactly("> column book.title -> name");
        assertThat(Schemas.applyAll(V1, diff.upgradeOperations()).table("book").orElseThrow().indexes().get(0).columns())
                .containsExactly("name");
    }

    @Test
    void aTableDroppedAndAddedWithTheSameColumnsIsFlagged() {
        SchemaDiff diff = SchemaDiff.between(V1, AUTHOR_RENAMED);

        assertThat(diff.likelyRenames()).containsExactly(LikelyRename.table("author", "writer"));
        assertThat(diff.likelyRenames().get(0).commandLineHint()).isEqualTo("--rename author=writer");
        assertThat(diff.likelyRenames().get(0).javaHint()).isEqualTo("DiffOptions.defaults().renameTable(\"author\", \"writer\")");
        assertThat(diff.likelyRenames().get(0).applyTo(DiffOptions.defaults()))
                .isEqualTo(DiffOptions.defaults().renameTable("author", "writer"));
        assertThat(diff.upgradeOperations()).extracting(Operation::getClass).contains(DropTable.class, CreateTable.class);
    }

    @Test
    void aTableRenameHintGivesARenameThatForeignKeysFollow() {
        SchemaDiff diff = SchemaDiff.between(V1, AUTHOR_RENAMED, DiffOptions.defaults().renameTable("author", "writer"));

        assertThat(diff.upgradeOperations()).containsExactly(new RenameTable("author", "writer"));
        assertThat(diff.downgradeOperations()).containsExactly(new RenameTable("writer", "author"));
        assertThat(diff.differences()).extracting(Difference::toString).containsExactly("> table author -> writer");
    }

    @Test
    void keysUniquesAndIndexesThatOnlyChangeNameAreRenamedNotDroppedAndCreated() {
        Schema volume = Schemas.apply(V1, ops -> ops.renameTable("book", "volume")
                .renameConstraint("volume", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY)
                .renameConstraint("volume", "uq_book_isbn", "uq_volume_isbn", ConstraintKind.UNIQUE)
                .renameIndex("volume", "ix_book_title", "ix_volume_title"));

        SchemaDiff diff = SchemaDiff.between(V1, volume, DiffOptions.defaults().renameTable("book", "volume"));

        assertThat(diff.upgradeOperations()).containsExactly(new RenameTable("book", "volume"),
                new RenameConstraint("volume", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY),
                new RenameConstraint("volume", "uq_book_isbn", "uq_volume_isbn", ConstraintKind.UNIQUE),
                new RenameIndex("volume", "ix_book_title", "ix_volume_title"));
        assertThat(diff.downgradeOperations()).containsExactly(new RenameIndex("volume", "ix_volume_title", "ix_book_title"),
                new RenameConstraint("volume", "uq_volume_isbn", "uq_book_isbn", ConstraintKind.UNIQUE),
                new RenameConstraint("volume", "pk_volume", "pk_book", ConstraintKind.PRIMARY_KEY),
                new RenameTable("volume", "book"));
        assertThat(diff.dataLossWarnings()).isEmpty();
    }

    @Test
    void renamingAReferencedPrimaryKeyLeavesTheForeignKeysThatReferenceItAlone() {
        Schema renamed = Schemas.apply(V1, ops -> ops
                .renameConstraint("author", "pk_author", "pk_author_id", ConstraintKind.PRIMARY_KEY));

        assertThat(SchemaDiff.between(V1, renamed).upgradeOperations())
                .containsExactly(new RenameConstraint("author", "pk_author", "pk_author_id", ConstraintKind.PRIMARY_KEY));
    }

    @Test
    void aKeyUniqueOrIndexWhoseColumnsOrUniquenessChangeIsStillDroppedAndCreated() {
        Schema changed = Schemas.apply(V1, ops -> ops
                .dropConstraint("uq_book_isbn", "book", ConstraintKind.UNIQUE)
                .createUniqueConstraint("uq_book_isbn_title", "book", "isbn", "title")
                .dropIndex("ix_book_title", "book")
                .createUniqueIndex("ux_book_title", "book", "title"));

        assertThat(SchemaDiff.between(V1, changed).upgradeOperations()).extracting(Operation::getClass).containsExactly(
                DropIndex.class, DropConstraint.class, CreateUniqueConstraint.class, CreateIndex.class);
    }

    @Test
    void aRenameOntoANameTheTableStillUsesIsLeftToDropAndCreate() {
        Schema swapped = Schemas.apply(V1, ops -> ops
                .dropIndex("ix_book_title", "book")
                .renameConstraint("book", "uq_book_isbn", "ix_book_title", ConstraintKind.UNIQUE));

        SchemaDiff diff = SchemaDiff.between(V1, swapped);

        assertThat(diff.upgradeOperations()).extracting(Operation::getClass)
                .containsExactly(DropIndex.class, DropConstraint.class, CreateUniqueConstraint.class);
        assertThat(Schemas.canonical(Schemas.applyAll(V1, diff.upgradeOperations()))).isEqualTo(Schemas.canonical(swapped));
    }

    @Test
    void aColumnHintMayNameTheTableByItsOldName() {
        Schema both = Schemas.apply(AUTHOR_RENAMED, ops -> ops.alterColumn("writer", "name", a -> a.rename("full_name")));

        SchemaDiff diff = SchemaDiff.between(V1, both, DiffOptions.defaults().renameTable("author", "writer")
                .renameColumn("author", "name", "full_name"));

        assertThat(diff.upgradeOperations()).hasSize(2);
        assertThat(SchemaComparison.between(Schemas.applyAll(V1, diff.upgradeOperations()), both).isEmpty()).isTrue();
    }

    @Test
    void aHintThatDoesNotFitSaysWhichNameIsMissing() {
        assertThatThrownBy(() -> SchemaDiff.between(V1, TITLE_RENAMED, DiffOptions.defaults().renameColumn("book", "titel", "name")))
                .isInstanceOf(RenameHintException.class)
                .hasMessageContaining("renameColumn(book, titel, name)")
                .hasMessageContaining("has no column titel");
        assertThatThrownBy(() -> SchemaDiff.between(V1, AUTHOR_RENAMED, DiffOptions.defaults().renameTable("writer", "author")))
                .isInstanceOf(RenameHintException.class)
                .hasMessageContaining("the source schema has no table writer");
    }

    @Test
    void ambiguousShapesAreNotFlagged() {
        Schema to = Schemas.apply(V1, ops -> ops.dropColumn("book", "isbn").dropColumn("book", "status")
                .addColumn("book", "code", io.strata.migrations.schema.ColumnType.varchar(20))
                .addColumn("book", "code2", io.strata.migrations.schema.ColumnType.varchar(20)));

        assertThat(SchemaDiff.between(V1, to).likelyRenames()).isEmpty();
    }
}
