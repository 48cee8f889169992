package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.cycle.Department;
import io.strata.core.test.models.cycle.Employee;
import io.strata.core.testing.DatabaseFixture;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaTest {

    @RegisterExtension
    final DatabaseFixture fixture = new DatabaseFixture();

    @ParameterizedTest
    @Databases
    void createAllMakesExactlyTheModelSchemaWithConventionNames(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        Schema live;
        try (Connection c = fixture.server(kind).connect()) {
            live = SchemaInspector.create().excluding("not_a_model").inspect(c);
        }
        assertThat(normalized(live, kind).tables()).containsExactlyElementsOf(normalized(db.modelSchema(), kind).tables());

        Table book = live.table("book").orElseThrow();
        assertThat(book.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_book_author_id_author");
        assertThat(book.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly("uq_book_name");
        assertThat(book.indexes()).extracting(Index::name).containsExactly("ix_book_published_year");
        assertThat(live.table("author").orElseThrow().uniqueConstraints()).extracting(UniqueConstraint::name)
                .containsExactly("uq_author_email");
        assertThat(live.table("book_to_store_map").orElseThrow().foreignKeys()).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("fk_book_to_store_map_book_id_book", "fk_book_to_store_map_stores_id_store");
        if (kind != DbKind.MARIADB) {
            // MariaDB calls every primary key PRIMARY, whatever name it is given.
            assertThat(book.primaryKey().name()).isEqualTo("pk_book");
        }
    }

    @ParameterizedTest
    @Databases
    void createAllIsIdempotentAndCreatesOnlyWhatIsMissing(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        db.createAll();
        try (Connection c = fixture.server(kind).connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE book_to_store_map");
        }
        assertThat(db.existsInDb("book_to_store_map")).isFalse();
        db.createAll();
        assertThat(db.existsInDb("book_to_store_map")).isTrue();
        assertThat(db.existsInDb("book", "published_year")).isTrue();
        assertThat(db.existsInDb("BOOK", "PUBLISHED_YEAR")).isTrue();
        assertThat(db.existsInDb("book", "no_such_column")).isFalse();
        assertThat(db.existsInDb("no_such_table")).isFalse();
        assertThat(db.isSqlite()).isEqualTo(kind == DbKind.SQLITE);
    }

    @ParameterizedTest
    @Databases
    void dropAllDropsTablesInAForeignKeyCycleFullOfRows(DbKind kind) {
        Database db = fixture.fresh(kind);
        db.useTransaction(s -> {
            Employee boss = new Employee("Boss");
            Department sales = new Department("Sales");
            s.persist(boss);
            s.persist(sales);
            sales.setManager(boss);
            boss.setDepartment(sales);
        });
        db.removeSession();
        db.dropAll();
        for (String table : List.of("employee", "department", "author", "book", "store", "book_to_store_map")) {
            assertThat(db.existsInDb(table)).as(table).isFalse();
        }
        db.createAll();
        assertThat(db.existsInDb("employee")).isTrue();
    }

    @ParameterizedTest
    @Databases
    void foreignKeysAreEnforcedOnThePoolsConnections(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO book (name, author_id) VALUES ('Orphan', 424242)"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    @ParameterizedTest
    @Databases
    void dropAllLeavesTablesThatAreNotModels(DbKind kind) throws Exception {
        Database db = fixture.fresh(kind);
        try (Connection c = fixture.server(kind).connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE not_a_model (id INTEGER PRIMARY KEY)");
        }
        db.dropAll();
        assertThat(db.existsInDb("not_a_model")).isTrue();
        assertThat(db.existsInDb("author")).isFalse();
    }

    /**
     * A schema with its constraint lists in name order and two storage facts applied: MariaDB names
     * every primary key PRIMARY, and SQLite's AUTOINCREMENT column must be declared INTEGER (a 64-bit
     * integer there), so it reads back as integer whatever the model's bigint.
     */
    static Schema normalized(Schema schema, DbKind kind) {
        return Schema.of(schema.tables().stream().map(t -> new Table(t.name().toLowerCase(), t.columns().stream()
                .map(c -> kind == DbKind.SQLITE && c.autoIncrement() ? c.withType(ColumnType.integer()) : c).toList(),
                t.primaryKey() == null ? null : new PrimaryKey(kind == DbKind.MARIADB ? "PRIMARY" : t.primaryKey().name(),
                        t.primaryKey().columns()),
                sorted(t.foreignKeys(), ForeignKey::name), sorted(t.uniqueConstraints(), UniqueConstraint::name),
                sorted(t.indexes(), Index::name), sorted(t.checks(), CheckConstraint::name)))
                .sorted(Comparator.comparing(Table::name)).toList());
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
