package io.strata.migrations.runner;

import static io.strata.migrations.revision.LambdaMigration.migration;
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.h2.api.Trigger;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * A table changed several ways in one revision keeps its triggers and the views over it on every
 * database; on SQLite, where the change is a table rebuild, the consecutive changes share one rebuild,
 * the triggers are re-created, and what cannot be kept is refused naming it and the fix.
 */
class RebuildKeepsTriggersAndViewsTest {

    private static final MigrationRevision TABLES = MigrationRevision.of(RevisionNode.of("r1"), migration(
            ops -> ops.createTable("note", t -> t
                            .column("id", bigint(), c -> c.notNull())
                            .column("title", varchar(50))
                            .column("body", varchar(100))
                            .column("legacy", varchar(20))
                            .primaryKey("pk_note", "id"))
                    .createTable("audit", t -> t.column("note_id", bigint())),
            ops -> ops.dropTable("audit").dropTable("note")));

    /** An audit trigger on note (one statement per database) and a view over it. */
    private static final MigrationRevision TRIGGER_AND_VIEW = MigrationRevision.of(RevisionNode.of("r2", "r1"), migration(
            ops -> ops.execute(null, Map.of("postgresql", "CREATE FUNCTION note_audit() RETURNS trigger LANGUAGE plpgsql"
                            + " AS $$ BEGIN INSERT INTO audit (note_id) VALUES (NEW.id); RETURN NEW; END $$"))
                    .execute(null, Map.of(
                            "sqlite", "CREATE TRIGGER note_audit AFTER INSERT ON note FOR EACH ROW"
                                    + " BEGIN INSERT INTO audit (note_id) VALUES (NEW.id); END",
                            "mariadb", "CREATE TRIGGER note_audit AFTER INSERT ON note FOR EACH ROW"
                                    + " INSERT INTO audit (note_id) VALUES (NEW.id)",
                            "postgresql", "CREATE TRIGGER note_audit AFTER INSERT ON note FOR EACH ROW"
                                    + " EXECUTE FUNCTION note_audit()",
                            "h2", "CREATE TRIGGER note_audit AFTER INSERT ON note FOR EACH ROW CALL \""
                                    + AuditTrigger.class.getName() + "\""))
                    .execute("CREATE VIEW note_titles AS SELECT id, title FROM note"),
            ops -> ops.execute("DROP VIEW note_titles")
                    .execute("DROP TRIGGER note_audit", Map.of("postgresql", "DROP TRIGGER note_audit ON note"))
                    .execute(null, Map.of("postgresql", "DROP FUNCTION note_audit()"))));

    /** Five changes to note in one revision: a type, a column added and one dropped, a unique constraint, an index. */
    private static final MigrationRevision FIVE_WAYS = MigrationRevision.of(RevisionNode.of("r3", "r2"), migration(
            ops -> ops.alterColumn("note", "body", c -> c.type(varchar(200)))
                    .addColumn("note", "rating", integer())
                    .dropColumn("note", "legacy")
                    .createUniqueConstraint("uq_note_title", "note", "title")
                    .createIndex("ix_note_body", "note", "body"),
            ops -> ops.dropIndex("ix_note_body", "note")
                    .dropConstraint("uq_note_title", "note", io.strata.migrations.operations.ConstraintKind.UNIQUE)
                    .addColumn("note", "legacy", varchar(20))
                    .dropColumn("note", "rating")
                    .alterColumn("note", "body", c -> c.type(varchar(100)))));

    private static final RevisionSet REVISIONS = RevisionSet.of(List.of(TABLES, TRIGGER_AND_VIEW, FIVE_WAYS));

    @ParameterizedTest
    @Databases
    void aTableChangedFiveWaysInOneRevisionKeepsItsTriggerViewAndRows(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(REVISIONS).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title, body, legacy) VALUES (1, 'first', 'hello', 'x')");
            assertThat(query(db, "SELECT count(*) FROM audit")).containsExactly("1");

            migrator.upgrade("r3");
            assertThat(query(db, "SELECT title FROM note_titles")).as("the view over the rebuilt table").containsExactly("first");
            assertThat(query(db, "SELECT body FROM note")).as("rows kept").containsExactly("hello");
            execute(db, "INSERT INTO note (id, title, body, rating) VALUES (2, 'second', 'again', 5)");
            assertThat(query(db, "SELECT count(*) FROM audit")).as("the trigger still fires after the upgrade").containsExactly("2");

            migrator.downgrade("r2");
            execute(db, "INSERT INTO note (id, title, body) VALUES (3, 'third', 'x')");
            assertThat(query(db, "SELECT count(*) FROM audit")).as("and after the downgrade").containsExactly("3");
            assertThat(query(db, "SELECT title FROM note_titles ORDER BY id")).containsExactly("first", "second", "third");
            migrator.downgrade("base");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void consecutiveChangesToOneTableShareOneRebuildOfflineAndOnline(DbKind kind, TestDatabase db) throws Exception {
        List<String> sql = Migrator.offline(Dialects.byName("sqlite"), REVISIONS).upgradeSql("r2", "r3").statements();
        assertThat(count(sql, "CREATE TABLE _strata_tmp_note ")).as("rebuilds of note in the script").isEqualTo(1);
        assertThat(count(sql, "CREATE INDEX ix_note_body ")).isEqualTo(1);

        try (db) {
            List<String> executed = new CopyOnWriteArrayList<>();
            Migrator migrator = Migrator.builder().connections(() -> recording(db.connect(), executed))
                    .revisions(REVISIONS).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title, body, legacy) VALUES (1, 'first', 'hello', 'x')");
            executed.clear();
            migrator.upgrade("r3");
            assertThat(count(executed, "CREATE TABLE _strata_tmp_note ")).as("rebuilds of note run").isEqualTo(1);
            assertThat(query(db, "SELECT name FROM sqlite_master WHERE name LIKE '\\_strata%' ESCAPE '\\'")).isEmpty();
            assertThat(query(db, "SELECT sql FROM sqlite_master WHERE name = 'note_audit'")).singleElement()
                    .asString().startsWith("CREATE TRIGGER note_audit AFTER INSERT ON note");
            assertThat(query(db, "SELECT id, title, body, rating FROM note")).containsExactly("1|first|hello|null");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void theRebuildKeepsTriggersAndViewsWithLegacyAlterTableOnAndForeignKeysEnforced(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(() -> {
                Connection c = db.connect();
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA legacy_alter_table = ON");
                }
                return c;
            }).revisions(REVISIONS).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title, body, legacy) VALUES (1, 'first', 'hello', 'x')");
            migrator.upgrade("r3");
            assertThat(query(db, "PRAGMA foreign_keys")).as("the test database enforces foreign keys").containsExactly("1");
            execute(db, "INSERT INTO note (id, title, body) VALUES (2, 'second', 'b')");
            assertThat(query(db, "SELECT count(*) FROM audit")).containsExactly("2");
            assertThat(query(db, "SELECT title FROM note_titles ORDER BY id")).containsExactly("first", "second");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void aRebuildThatWouldBreakATriggerOrViewIsRefusedNamingThem(DbKind kind, TestDatabase db) throws Exception {
        RevisionSet usesLegacy = RevisionSet.of(List.of(TABLES, MigrationRevision.of(RevisionNode.of("r2", "r1"), migration(
                ops -> ops.execute("CREATE TRIGGER keep_legacy AFTER UPDATE OF legacy ON note FOR EACH ROW"
                                + " BEGIN INSERT INTO audit (note_id) VALUES (NEW.id); END")
                        .execute("CREATE VIEW legacy_notes AS SELECT id, legacy FROM note"),
                ops -> ops.execute("DROP VIEW legacy_notes").execute("DROP TRIGGER keep_legacy"))), FIVE_WAYS));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(usesLegacy).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title, body, legacy) VALUES (1, 'first', 'hello', 'x')");
            assertThatThrownBy(() -> migrator.upgrade("r3")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("rebuilding table note removes columns that trigger keep_legacy (uses legacy),"
                            + " view legacy_notes (uses legacy) still use")
                    .hasMessageContaining("ops.execute(\"DROP TRIGGER …\")")
                    .hasMessageNotContaining("_strata_tmp_");
            assertThat(migrator.current()).containsExactly("r2");
            assertThat(query(db, "SELECT legacy FROM legacy_notes")).containsExactly("x");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void aNotNullColumnWithoutDefaultOnATableWithRowsFailsNamingTheColumnAndTheFix(DbKind kind, TestDatabase db)
            throws Exception {
        RevisionSet notNull = RevisionSet.of(List.of(TABLES, MigrationRevision.of(RevisionNode.of("r2", "r1"), migration(
                ops -> ops.addColumn("note", "rating", integer(), c -> c.notNull()),
                ops -> ops.dropColumn("note", "rating")))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(notNull).build();
            migrator.upgrade("r1");
            execute(db, "INSERT INTO note (id, title) VALUES (1, 'first')");
            assertThatThrownBy(() -> migrator.upgrade("r2")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("cannot add column note.rating as NOT NULL without a default: table note has rows")
                    .hasMessageContaining("@ColumnDefault")
                    .hasMessageNotContaining("_strata_tmp_");
            assertThat(migrator.current()).containsExactly("r1");
            assertThat(query(db, "SELECT title FROM note")).containsExactly("first");

            execute(db, "DELETE FROM note");
            migrator.upgrade("r2");
            assertThat(migrator.current()).as("an empty table takes the column").containsExactly("r2");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void makingAColumnWithNullsNotNullFailsNamingTheColumnAndTheRows(DbKind kind, TestDatabase db) throws Exception {
        RevisionSet notNull = RevisionSet.of(List.of(TABLES, MigrationRevision.of(RevisionNode.of("r2", "r1"), migration(
                ops -> ops.alterColumn("note", "title", c -> c.notNull()),
                ops -> ops.alterColumn("note", "title", c -> c.nullable(true))))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(notNull).build();
            migrator.upgrade("r1");
            execute(db, "INSERT INTO note (id) VALUES (1)", "INSERT INTO note (id, title) VALUES (2, 't')");
            assertThatThrownBy(() -> migrator.upgrade("r2")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("cannot make column note.title NOT NULL: 1 row(s) of note have no value in it")
                    .hasMessageContaining("UPDATE note SET title = … WHERE title IS NULL")
                    .hasMessageNotContaining("_strata_tmp_");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void anOfflineScriptStopsBeforeARebuildThatWouldDropTriggersAndRunsWhereThereAreNone(DbKind kind, TestDatabase db)
            throws Exception {
        List<String> script = Migrator.offline(Dialects.byName("sqlite"), REVISIONS).upgradeSql("r2", "r3").statements();
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(REVISIONS).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title, body, legacy) VALUES (1, 'first', 'hello', 'x')");
            assertThatThrownBy(() -> inOneTransaction(db, script)).hasMessageContaining(
                    "strata: rebuilding table note would drop triggers that only an online upgrade keeps");
            assertThat(query(db, "SELECT legacy FROM note")).containsExactly("x");

            execute(db, "DROP TRIGGER note_audit");
            inOneTransaction(db, script);
            assertThat(query(db, "SELECT id, title, body, rating FROM note")).containsExactly("1|first|hello|null");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void rowsOfReferencingTablesComeBackWithoutFiringTheirTriggers(DbKind kind, TestDatabase db) throws Exception {
        RevisionSet children = RevisionSet.of(List.of(TABLES, MigrationRevision.of(RevisionNode.of("r2", "r1"), migration(
                ops -> ops.createTable("comment", t -> t.column("id", bigint(), c -> c.notNull())
                                .column("note_id", bigint()).primaryKey("pk_comment", "id")
                                .foreignKey("fk_comment_note_id_note", fk -> fk.columns("note_id").references("note", "id")
                                        .onDelete(io.strata.migrations.schema.ReferentialAction.CASCADE)))
                        .execute("CREATE TRIGGER comment_gone AFTER DELETE ON comment FOR EACH ROW"
                                + " BEGIN INSERT INTO audit (note_id) VALUES (OLD.note_id); END"),
                ops -> ops.dropTable("comment"))), MigrationRevision.of(RevisionNode.of("r3", "r2"), migration(
                ops -> ops.alterColumn("note", "title", c -> c.type(varchar(80))),
                ops -> ops.alterColumn("note", "title", c -> c.type(varchar(50)))))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(children).build();
            migrator.upgrade("r2");
            execute(db, "INSERT INTO note (id, title) VALUES (1, 'first')", "INSERT INTO comment (id, note_id) VALUES (7, 1)");
            migrator.upgrade("r3");
            assertThat(query(db, "SELECT id, note_id FROM comment")).containsExactly("7|1");
            assertThat(query(db, "SELECT count(*) FROM audit")).as("no trigger fired by the rebuild").containsExactly("0");
            execute(db, "DELETE FROM note");
            assertThat(query(db, "SELECT note_id FROM audit")).as("the child's trigger is back").containsExactly("1");
        }
    }

    /** H2's form of the audit trigger: a Java class. */
    public static final class AuditTrigger implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            try (var insert = connection.prepareStatement("INSERT INTO audit (note_id) VALUES (?)")) {
                insert.setObject(1, newRow[0]);
                insert.executeUpdate();
            }
        }
    }

    /** The connection, recording the SQL its statements execute. */
    private static Connection recording(Connection connection, List<String> executed) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = method.invoke(connection, args);
            return result instanceof Statement statement && method.getName().equals("createStatement")
                    ? proxy(Statement.class, statement, (m, a) -> {
                        if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                            executed.add(sql);
                        }
                        return m.invoke(statement, a);
                    })
                    : result;
        });
    }

    private interface Call {
        Object invoke(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    try {
                        return call.invoke(method, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private static int count(List<String> statements, String prefix) {
        return (int) statements.stream().filter(s -> s.startsWith(prefix)).count();
    }

    private static void inOneTransaction(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
