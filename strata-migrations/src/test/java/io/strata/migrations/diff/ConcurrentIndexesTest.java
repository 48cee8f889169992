package io.strata.migrations.diff;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/** Autogenerate offers the non-transactional lane for indexes of tables that exist on both sides. */
class ConcurrentIndexesTest {

    private static final Schema FROM = Schemas.of(ops -> ops.createTable("book", t -> t
            .column("id", integer(), c -> c.notNull())
            .column("title", varchar(100))
            .column("isbn", varchar(20))
            .primaryKey("pk_book", "id")
            .index("ix_book_title", "title")));

    private static final Schema TO = Schemas.of(ops -> ops
            .createTable("book", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("title", varchar(100))
                    .column("isbn", varchar(20))
                    .primaryKey("pk_book", "id")
                    .uniqueIndex("uq_book_isbn", "isbn"))
            .createTable("shelf", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("label", varchar(20))
                    .primaryKey("pk_shelf", "id")
                    .index("ix_shelf_label", "label")));

    @Test
    void anIndexOnAnExistingTableIsCreatedAndDroppedConcurrentlyOneOnANewTableIsNot() {
        SchemaDiff diff = SchemaDiff.between(FROM, TO);
        List<Operation> up = diff.upgradeOperations();

        DropIndex drop = only(up, DropIndex.class);
        assertThat(drop.name()).isEqualTo("ix_book_title");
        assertThat(drop.concurrently()).isTrue();
        CreateIndex create = only(up, CreateIndex.class);
        assertThat(create.index().name()).isEqualTo("uq_book_isbn");
        assertThat(create.index().unique()).isTrue();
        assertThat(create.concurrently()).isTrue();
        CreateTable shelf = only(up, CreateTable.class);
        assertThat(shelf.table().indexes()).extracting(ix -> ix.name()).containsExactly("ix_shelf_label");

        List<Operation> down = diff.downgradeOperations();
        assertThat(only(down, DropIndex.class)).satisfies(d -> {
            assertThat(d.name()).isEqualTo("uq_book_isbn");
            assertThat(d.concurrently()).as("the reverse of a concurrent create").isTrue();
        });
        assertThat(only(down, CreateIndex.class)).satisfies(c -> {
            assertThat(c.index().name()).isEqualTo("ix_book_title");
            assertThat(c.concurrently()).as("the reverse of a concurrent drop").isTrue();
        });
    }

    @Test
    void theOptionTurnsTheLaneOff() {
        SchemaDiff diff = SchemaDiff.between(FROM, TO, DiffOptions.defaults().concurrentIndexes(false));

        assertThat(only(diff.upgradeOperations(), DropIndex.class).concurrently()).isFalse();
        assertThat(only(diff.upgradeOperations(), CreateIndex.class).concurrently()).isFalse();
        assertThat(only(diff.downgradeOperations(), CreateIndex.class).concurrently()).isFalse();
        assertThat(DiffOptions.defaults().concurrentIndexes()).isTrue();
        assertThat(DiffOptions.defaults().concurrentIndexes(false)).isNotEqualTo(DiffOptions.defaults());
    }

    private static <T extends Operation> T only(List<Operation> operations, Class<T> type) {
        List<T> found = operations.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName() + " in " + operations).hasSize(1);
        return found.get(0);
    }
}
