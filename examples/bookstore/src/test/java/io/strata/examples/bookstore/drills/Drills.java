package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.strata.migrations.runner.Migrator;

/** What the drills check in a replica's output and in its database. */
final class Drills {

    /** The bookstore's revisions, oldest first. */
    static final List<String> REVISIONS = List.of("d86d465e0e3e", "03b560115d65", "c599c80779e8");
    /** The latest revision. */
    static final String HEAD = REVISIONS.get(REVISIONS.size() - 1);
    /** The bookstore's tables (the version table left out). */
    static final Set<String> TABLES = Set.of("author", "book", "store", "book_to_store_map");

    /**
     * A line logged at level ERROR (slf4j-simple: {@code 14:10:43.874 [main] ERROR logger - message}) or
     * one of a stack trace (its head {@code java.lang.IllegalStateException: ...}, {@code at ...},
     * {@code Caused by: ...}, {@code Exception in thread ...}).
     */
    private static final Pattern TROUBLE = Pattern.compile(
            "^\\S+ \\[[^\\]]*\\] ERROR |^\\s+at |^Caused by:|^Exception in thread|^[\\w.$]+(Exception|Error)(: |$)");
    /**
     * The WARN lines Hibernate and the MariaDB driver log when a unique constraint refuses an insert,
     * which {@code getOrCreate} handles (the race it is built for): noise, counted for the report.
     */
    private static final Pattern HANDLED_CONFLICT = Pattern.compile(
            "WARN (org\\.hibernate\\.orm\\.jdbc\\.error|org\\.mariadb\\.jdbc\\.message\\.server\\.ErrorPacket) ");

    private Drills() {
    }

    /** The bookstore tables each revision leaves in the database. */
    static Set<String> tablesAt(String revision) {
        return switch (REVISIONS.indexOf(revision)) {
            case 0 -> Set.of("author");
            case 1 -> Set.of("author", "book");
            case 2 -> TABLES;
            default -> throw new AssertionError("not a bookstore revision: " + revision);
        };
    }

    /** Asserts that the replica printed no ERROR line and no stack trace. */
    static void assertNoErrors(Replica replica) {
        assertThat(replica.lines(TROUBLE)).as("ERROR lines or stack traces in %s's output:%n%s", replica.name(),
                replica.output()).isEmpty();
    }

    /** The number of WARN lines logged for unique violations that the code handled (see {@link #HANDLED_CONFLICT}). */
    static int handledConflictWarnings(Replica replica) {
        return replica.lines(HANDLED_CONFLICT).size();
    }

    /** The rows of the version table ({@code strata_version}). */
    static Set<String> versions(Connection c) throws SQLException {
        Set<String> versions = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + Migrator.DEFAULT_VERSION_TABLE)) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /**
     * The tables of the connection's database, lower-cased, each once per occurrence (a list: a table
     * found twice, in two schemas, would show twice).
     */
    static List<String> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String schema = product.contains("postgres") ? "public" : null;
        String catalog = product.contains("maria") || product.contains("mysql") ? c.getCatalog() : null;
        List<String> names = new java.util.ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The bookstore's tables present in the database (version table and others left out). */
    static Set<String> bookstoreTables(Connection c) throws SQLException {
        Set<String> present = new TreeSet<>(tables(c));
        present.retainAll(TABLES);
        return present;
    }

    /** {@code SELECT COUNT(*)} of a table. */
    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Asserts that the database holds the sample data exactly once. */
    static void assertSampleDataOnce(Connection c) throws SQLException {
        assertThat(count(c, "author")).as("authors").isEqualTo(3);
        assertThat(count(c, "book")).as("books").isEqualTo(3);
        assertThat(count(c, "store")).as("stores").isEqualTo(2);
        assertThat(count(c, "book_to_store_map")).as("book_to_store_map rows").isEqualTo(5);
    }
}
