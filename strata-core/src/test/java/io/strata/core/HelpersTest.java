package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.test.models.Book;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpersTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void getOrCreateInsertsOnceThenFindsTheSameRow(DbKind kind) {
        Database db = fixture.fresh(kind);
        GetOrCreateResult<Author> first = db.getOrCreate(Author.class, Map.of("email", "ada@example.com"),
                Map.of("name", "Ada"));
        db.commit();
        assertThat(first.created()).isTrue();
        assertThat(first.instance().getId()).isNotNull();
        assertThat(first.instance().getName()).isEqualTo("Ada");
        db.removeSession();

        GetOrCreateResult<Author> second = db.getOrCreate(Author.class, Map.of("email", "ada@example.com"),
                Map.of("name", "Other"));
        assertThat(second.created()).isFalse();
        assertThat(second.instance().getId()).isEqualTo(first.instance().getId());
        assertThat(second.instance().getName()).isEqualTo("Ada");
        assertThat(db.session().contains(second.instance())).isTrue();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void theCreatedInstanceIsManagedAndLaterChangesAreSaved(DbKind kind) {
        Database db = fixture.fresh(kind);
        Author ada = db.getOrCreate(Author.class, Map.of("email", "ada@example.com"), Map.of("name", "Ada")).instance();
        ada.setName("Ada Lovelace");
        db.commit();
        db.removeSession();
        assertThat(db.getOne(Author.class, Map.of("email", "ada@example.com")).getName()).isEqualTo("Ada Lovelace");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void updateOrCreateUpdatesTheFoundRowAndCreatesWithCreateDefaults(DbKind kind) {
        Database db = fixture.fresh(kind);
        GetOrCreateResult<Author> created = db.updateOrCreate(Author.class, Map.of("email", "bob@example.com"),
                Map.of("name", "Bob"), Map.of("age", 40));
        db.commit();
        assertThat(created.created()).isTrue();
        assertThat(created.instance().getAge()).isEqualTo(40);
        db.removeSession();

        GetOrCreateResult<Author> updated = db.updateOrCreate(Author.class, Map.of("email", "bob@example.com"),
                Map.of("name", "Robert"), Map.of("age", 99));
        db.commit();
        db.removeSession();
        assertThat(updated.created()).isFalse();
        Author reread = db.getOne(Author.class, Map.of("email", "bob@example.com"));
        assertThat(reread.getName()).isEqualTo("Robert");
        assertThat(reread.getAge()).as("createDefaults apply only on create").isEqualTo(40);
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void getOneTellsNoRowFromSeveralRows(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.useTransaction(s -> {
            s.persist(new Author("Twin", "t1@example.com"));
            s.persist(new Author("Twin", "t2@example.com"));
        });
        assertThatThrownBy(() -> db.getOne(Author.class, Map.of("name", "Nobody")))
                .isInstanceOf(NoRowFoundException.class).hasMessageContaining("No Author matches {name=Nobody}");
        assertThatThrownBy(() -> db.getOne(Author.class, Map.of("name", "Twin")))
                .isInstanceOf(MultipleRowsFoundException.class).hasMessageContaining("More than one Author");
        assertThat(db.findOne(Author.class, Map.of("name", "Nobody"))).isEmpty();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void filtersMatchNullAndBindValuesAsParameters(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.useTransaction(s -> {
            s.persist(new Author("No mail", null));
            s.persist(new Author("x' OR '1'='1", "quote@example.com"));
        });
        Map<String, Object> nullEmail = new HashMap<>();
        nullEmail.put("email", null);
        assertThat(db.getOne(Author.class, nullEmail).getName()).isEqualTo("No mail");
        assertThat(db.findOne(Author.class, Map.of("name", "' OR '1'='1"))).isEmpty();
        assertThat(db.getOne(Author.class, Map.of("name", "x' OR '1'='1")).getEmail()).isEqualTo("quote@example.com");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void getByPkAndRelationsInFilters(DbKind kind) {
        Database db = fixture.fresh(kind);
        Author ada = db.getOrCreate(Author.class, Map.of("email", "ada@example.com"), Map.of("name", "Ada")).instance();
        Book book = db.getOrCreate(Book.class, Map.of("name", "Notes", "author", ada)).instance();
        db.commit();
        db.removeSession();
        assertThat(db.getByPk(Book.class, book.getId())).get().extracting(b -> b.getAuthor().getEmail())
                .isEqualTo("ada@example.com");
        assertThat(db.getByPk(Book.class, -1L)).isEmpty();
        Author again = db.getByPk(Author.class, ada.getId()).orElseThrow();
        assertThat(db.getOrCreate(Book.class, Map.of("name", "Notes", "author", again)).created()).isFalse();
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void staticFinderOnTheModelClassReachesTheDatabase(DbKind kind) {
        Database db = fixture.fresh(kind);
        // Each kind's database is open in this fixture at once, so the finder is bound explicitly here;
        // DatabaseConfigurationTest proves the unbound finder finds the single open database.
        Finder<Author> find = Author.FIND.on(db);
        assertThat(find.getOrCreate(Map.of("email", "f@example.com"), Map.of("name", "F")).created()).isTrue();
        db.commit();
        assertThat(find.getOne(Map.of("email", "f@example.com")).getName()).isEqualTo("F");
        assertThat(find.updateOrCreate(Map.of("email", "f@example.com"), Map.of("name", "G")).created()).isFalse();
        db.commit();
        db.removeSession();
        assertThat(db.finder(Author.class).getOne(Map.of("email", "f@example.com")).getName()).isEqualTo("G");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void unknownAttributesAreRefusedWithTheValidNames(DbKind kind) {
        Database db = fixture.database(kind);
        assertThatThrownBy(() -> db.getOrCreate(Author.class, Map.of("mail", "x")))
                .isInstanceOf(UnknownAttributeException.class)
                .hasMessageContaining("Author has no attribute 'mail'")
                .hasMessageContaining("email").hasMessageContaining("name");
        assertThatThrownBy(() -> db.getOrCreate(Author.class, Map.of("email", "x"), Map.of("nmae", "y")))
                .isInstanceOf(UnknownAttributeException.class).hasMessageContaining("'nmae'");
        assertThatThrownBy(() -> db.getOne(String.class, Map.of()))
                .isInstanceOf(io.strata.StrataException.class).hasMessageContaining("not an entity of this Database");
        db.removeSession();
    }

    @ParameterizedTest
    @Databases
    void aConflictOnAUniqueValueOutsideTheFilterIsExplainedAndTheSessionStaysUsable(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.getOrCreate(Author.class, Map.of("name", "Ada"), Map.of("email", "shared@example.com"));
        db.commit();
        assertThatThrownBy(() -> db.getOrCreate(Author.class, Map.of("name", "Bob"), Map.of("email", "shared@example.com")))
                .hasMessageContaining("unique constraint refused the row").hasMessageContaining("{name=Bob}");
        assertThat(db.session().getTransaction().isActive()).isTrue();
        assertThat(db.session().getTransaction().getRollbackOnly()).isFalse();
        db.getOrCreate(Author.class, Map.of("name", "Cy"), Map.of("email", "cy@example.com"));
        db.commit();
        db.removeSession();
        assertThat(db.getOne(Author.class, Map.of("name", "Cy")).getEmail()).isEqualTo("cy@example.com");
        assertThat(db.findOne(Author.class, Map.of("name", "Bob"))).isEmpty();
        db.removeSession();
    }
}
