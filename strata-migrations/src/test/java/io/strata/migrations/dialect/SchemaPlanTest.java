package io.strata.migrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.CreateForeignKey;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.DropConstraint;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

class SchemaPlanTest {

    private static List<String> describe(List<Operation> ops) {
        return ops.stream().map(op -> {
            if (op instanceof CreateTable c) {
                return "create " + c.table().name() + " " + c.table().foreignKeys().size();
            }
            if (op instanceof CreateForeignKey f) {
                return "fk " + f.foreignKey().name();
            }
            if (op instanceof DropConstraint d) {
                return "drop fk " + d.name();
            }
            return "drop " + ((DropTable) op).name();
        }).toList();
    }

    @Test
    void createAllOrdersReferencedTablesFirstAndAddsCyclicKeysAfterwards() {
        assertThat(describe(SchemaPlan.of(Dialects.byName("postgresql")).createAll(LibrarySchema.schema()))).containsExactly(
                "create author 0", "create book 1", "create all_types 0", "create user 0", "create person 0",
                "create pet 1", "fk fk_person_pet_id_pet");
    }

    @Test
    void createAllKeepsEveryKeyInlineWhereForwardReferencesAreAllowed() {
        assertThat(describe(SchemaPlan.of(Dialects.byName("sqlite")).createAll(LibrarySchema.schema()))).containsExactly(
                "create author 0", "create book 1", "create all_types 0", "create user 0", "create person 1", "create pet 1");
    }

    @Test
    void dropAllDropsCyclicKeysFirstThenTablesReferencingOnesFirst() {
        assertThat(describe(SchemaPlan.of(Dialects.byName("mariadb")).dropAll(LibrarySchema.schema()))).containsExactly(
                "drop fk fk_person_pet_id_pet", "drop pet", "drop person", "drop user", "drop all_types", "drop book",
                "drop author");
    }

    @Test
    void dropAllReversesToCreateAll() {
        Schema schema = LibrarySchema.schema();
        List<Operation> drops = SchemaPlan.of(Dialects.byName("h2")).dropAll(schema);
        Schema replayed = Schema.empty();
        for (int i = drops.size() - 1; i >= 0; i--) {
            replayed = drops.get(i).reverse().orElseThrow().applyTo(replayed);
        }
        assertThat(replayed.tables()).containsExactlyInAnyOrderElementsOf(schema.tables());
    }
}
