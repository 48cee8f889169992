package io.strata.migrations.runner;

import static io.strata.migrations.revision.LambdaMigration.migration;
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.names.IdentifierLimits;
import io.strata.migrations.names.IdentifierViolation;
import io.strata.migrations.names.LongNames;
import io.strata.migrations.names.NameFitting;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.revision.IdentifierTooLongException;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Names at the limits, on the four real databases. */
class IdentifierLimitsOnDatabasesTest {

    private static final int SMALLEST = IdentifierLimits.smallest();
    private static final String PARENT = LongNames.of("parent_", SMALLEST);
    private static final String CHILD = LongNames.of("child_", SMALLEST);
    private static final String COLUMN = LongNames.of("parent_id_", SMALLEST);
    private static final String FK = LongNames.of("fk_child_parent_", SMALLEST);
    private static final String UQ = LongNames.of("uq_child_code_", SMALLEST);
    private static final String IX = LongNames.of("ix_child_note_", SMALLEST);
    private static final String CK = LongNames.of("ck_child_code_", SMALLEST);
    private static final String RENAMED = LongNames.of("renamed_note_", SMALLEST);

    /** Every kind of name at exactly the smallest limit. */
    private static final RevisionSet AT_THE_LIMIT = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("l1"),
            migration(ops -> ops
                    .createTable(PARENT, t -> t.column("id", bigint(), c -> c.notNull())
                            .primaryKey(LongNames.of("pk_parent_", SMALLEST), "id"))
                    .createTable(CHILD, t -> t.column("id", bigint(), c -> c.notNull())
                            .column(COLUMN, bigint())
                            .column("code", varchar(20))
                            .column("note", varchar(20))
                            .primaryKey(LongNames.of("pk_child_", SMALLEST), "id")
                            .foreignKey(FK, COLUMN, PARENT, "id")
                            .unique(UQ, "code")
                            .check(CK, "code <> ''"))
                    .createIndex(IX, CHILD, "note")
                    .alterColumn(CHILD, "note", a -> a.rename(RENAMED)),
                    ops -> ops.dropTable(CHILD).dropTable(PARENT)))));

    /** The long names written the way autogenerate would write them. */
    private static final String LONG_FK = "fk_order_line_items_customer_shipping_address_id_customer_addresses";
    private static final String LONG_IX = "ix_order_line_items_customer_shipping_address_id_and_the_creation_date";
    private static final RevisionSet FITTED = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("f1"),
            migration(ops -> {
                ops.createTable("customer_addresses", t -> t.column("id", bigint(), c -> c.notNull())
                                .primaryKey("pk_customer_addresses", "id"))
                        .createTable("order_line_items", t -> t.column("id", bigint(), c -> c.notNull())
                                .column("customer_shipping_address_id", bigint()).primaryKey("pk_order_line_items", "id"));
                // README:fitName
                ops.createForeignKey(ops.fitName("fk_order_line_items_customer_shipping_address_id_customer_addresses"),
                        "order_line_items", "customer_shipping_address_id", "customer_addresses", "id");
                // README:end
                ops.createIndex(ops.fitName(LONG_IX), "order_line_items", "id", "customer_shipping_address_id");
            },
                    ops -> ops.dropIndex(ops.fitName(LONG_IX), "order_line_items")
                            .dropConstraint(ops.fitName(LONG_FK), "order_line_items", ConstraintKind.FOREIGN_KEY)
                            .dropTable("order_line_items").dropTable("customer_addresses")))));

    /** A 64-character index name, written only when the revision runs on PostgreSQL (which would truncate it). */
    private static final String IX_64 = LongNames.of("ix_item_code_", 64);
    private static final RevisionSet POSTGRESQL_ONLY_LONG = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("p1"),
            migration(ops -> ops
                    .createTable("item", t -> t.column("id", bigint(), c -> c.notNull()).column("code", varchar(20))
                            .primaryKey("pk_item", "id"))
                    .createIndex(ops.context().dialect().equals("postgresql") ? IX_64 : "ix_item_code", "item", "code"),
                    ops -> ops.dropTable("item")))));

    private static Migrator migrator(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(10)).build();
    }

    private static Schema inspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaInspector.create().inspect(c);
        }
    }

    private static Optional<Table> table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    @ParameterizedTest
    @Databases
    void namesOfExactlyTheSmallestLimitUpgradeAndDowngradeUnchangedOnEveryDatabase(DbKind kind, TestDatabase db)
            throws SQLException {
        try (db) {
            Migrator migrator = migrator(db, AT_THE_LIMIT);
            migrator.upgrade("head");

            Table child = table(inspect(db), CHILD).orElseThrow();
            assertThat(lower(child.columns().stream().map(c -> c.name()).toList())).contains(COLUMN, RENAMED);
            assertThat(lower(child.foreignKeys().stream().map(k -> k.name()).toList())).containsExactly(FK);
            assertThat(lower(child.indexes().stream().map(i -> i.name()).toList())).contains(IX);
            assertThat(lower(child.checks().stream().map(c -> c.name()).toList())).containsExactly(CK);
            List<String> uniques = lower(child.uniqueConstraints().stream().map(u -> u.name()).toList());
            List<String> uniqueIndexes = lower(child.indexes().stream().filter(i -> i.unique()).map(i -> i.name()).toList());
            assertThat(uniques.contains(UQ) || uniqueIndexes.contains(UQ)).as("unique %s in %s / %s", UQ, uniques, uniqueIndexes)
                    .isTrue();

            migrator.downgrade("base");
            assertThat(table(inspect(db), CHILD)).isEmpty();
            assertThat(table(inspect(db), PARENT)).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases
    void namesFittedWithOpsFitNameRunAndAreFoundUnderTheFittedNameOnEveryDatabase(DbKind kind, TestDatabase db)
            throws SQLException {
        try (db) {
            Migrator migrator = migrator(db, FITTED);
            migrator.upgrade("head");

            Table line = table(inspect(db), "order_line_items").orElseThrow();
            assertThat(lower(line.foreignKeys().stream().map(k -> k.name()).toList()))
                    .containsExactly(NameFitting.fit(LONG_FK));
            assertThat(lower(line.indexes().stream().map(i -> i.name()).toList())).contains(NameFitting.fit(LONG_IX));

            migrator.downgrade("base");
            assertThat(table(inspect(db), "order_line_items")).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases
    void aNameOnlyPostgreSQLWouldTruncateIsRefusedThereBeforeAnySqlRunsOnlineAndOffline(DbKind kind, TestDatabase db)
            throws SQLException {
        try (db) {
            String dialect = kind.name().toLowerCase(Locale.ROOT);
            Migrator migrator = migrator(db, POSTGRESQL_ONLY_LONG);
            Migrator offline = Migrator.offline(Dialects.byName(dialect), POSTGRESQL_ONLY_LONG);
            if (kind == DbKind.POSTGRESQL) {
                IdentifierViolation expected = new IdentifierViolation("index", IX_64, "item", 64, 63, "PostgreSQL");
                assertThatThrownBy(() -> offline.upgradeSql("base", "head"))
                        .isInstanceOfSatisfying(IdentifierTooLongException.class,
                                e -> assertThat(e.violations()).containsExactly(expected))
                        .hasMessageContaining("is 64 characters, longer than PostgreSQL's limit of 63");
                assertThatThrownBy(() -> migrator.upgrade("head"))
                        .isInstanceOfSatisfying(IdentifierTooLongException.class,
                                e -> assertThat(e.violations()).containsExactly(expected));
                assertThat(migrator.current()).isEmpty();
                assertThat(table(inspect(db), "item")).isEmpty();
            } else {
                assertThat(offline.upgradeSql("base", "head").text()).contains("ix_item_code");
                migrator.upgrade("head");
                assertThat(migrator.current()).containsExactly("p1");
            }
        }
    }

    @ParameterizedTest
    @Databases
    void eachDialectsDeclaredLimitIsWhatItsDatabaseAccepts(DbKind kind, TestDatabase db) throws SQLException {
        try (db) {
            int limit = Dialects.byName(kind.name().toLowerCase(Locale.ROOT)).maxIdentifierLength();
            String atLimit = LongNames.of("t_", limit);
            try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + atLimit + " (id INTEGER)");
                assertThat(table(SchemaInspector.create().inspect(c), atLimit)).isPresent();

                String over = LongNames.of("o_", limit + 1);
                if (kind == DbKind.POSTGRESQL) {
                    s.execute("CREATE TABLE " + over + " (id INTEGER)");
                    Schema schema = SchemaInspector.create().inspect(c);
                    assertThat(table(schema, over)).as("PostgreSQL truncates silently").isEmpty();
                    assertThat(table(schema, over.substring(0, limit))).isPresent();
                } else if (kind == DbKind.MARIADB) {
                    // a too-long table name is error 1103; a constraint's (as in a revision) is 1059
                    assertThatThrownBy(() -> s.execute("ALTER TABLE " + atLimit + " ADD CONSTRAINT " + over + " UNIQUE (id)"))
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1059));
                }
            }
        }
    }
}
