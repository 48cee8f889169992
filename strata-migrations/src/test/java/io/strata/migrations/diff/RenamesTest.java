package io.strata.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RenameTable;
import io.strata.migrations.schema.Schema;

/** Renames: drop + add of the same shape is flagged; a hint turns it into a rename. */
class RenamesTest {

    private static final Schema V1 = Bookstore.v1();
    private static final Schema TITLE_RENAMED = Schemas.apply(V1, ops -> ops.alterColumn("book", "title", a -> a.rename("name")));
    private static final Schema AUTHOR_RENAMED = Schemas.apply(V1, ops -> ops.renameTable("author", "writer"));

    @Test
    void aColumnDroppedAndAddedWithTheSameShapeIsFlaggedButStillDroppedAndAdded() {
        SchemaDiff diff = SchemaDiff.between(V1, TITLE_RENAMED);

        assertThat(diff.likelyRenames()).containsExactly(LikelyRename.column("book", "title", "name"));
        assertThat(diff.likelyRenames().get(0).commandLineHint()).isEqualTo("--rename book.title=name");
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
