package io.strata.cli;

import static io.strata.cli.Fixtures.BRANCHES;
import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static io.strata.cli.Fixtures.UNREACHABLE;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.strata.cli.testing.CliProcess;
import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** db graph and db erd: pictures of the revisions and of the schema, with and without a database. */
class PictureCommandsTest {

    @TempDir
    Path dir;

    @Test
    void graphWithoutAUrlDrawsTheRevisionsAndTouchesNoDatabase() {
        Result graph = db("graph", "--migrations", BRANCHES);
        assertThat(graph.exitCode()).as(graph.toString()).isZero();
        assertThat(graph.err()).isEmpty();
        assertThat(graph.out()).isEqualTo("""
                flowchart TD
                    r_b1ba5e000001["b1ba5e000001 (branchpoint)<br/>base of two branches"]
                    r_b3bbbb000003["b3bbbb000003 (head)<br/>right branch"]
                    r_b2aaaa000002["b2aaaa000002 (head)<br/>left branch"]
                    r_b1ba5e000001 --> r_b3bbbb000003
                    r_b1ba5e000001 --> r_b2aaaa000002
                    classDef head stroke-width:3px
                    class r_b3bbbb000003,r_b2aaaa000002 head
                """);
        Result dot = db("graph", "--format", "DOT", "--migrations", BRANCHES);
        assertThat(dot.out()).startsWith("digraph revisions {").contains("\"b1ba5e000001\" -> \"b2aaaa000002\";");
    }

    @Test
    void graphAndErdWriteTheFileGivenWithOutput() throws Exception {
        Path svg = dir.resolve("graph.svg");
        Result graph = db("graph", "--format", "svg", "-o", svg.toString(), "--migrations", MIGRATIONS);
        assertThat(graph.exitCode()).as(graph.toString()).isZero();
        assertThat(graph.out()).isEqualTo("Wrote " + svg + " (svg).\n");
        Document picture = parse(Files.readString(svg));
        assertThat(attributes(picture, "g", "data-revision")).isEqualTo(R1 + " " + R2);

        Path erd = dir.resolve("schema.svg");
        assertThat(db("erd", "--format", "svg", "--output", erd.toString(), "--migrations", MIGRATIONS).exitCode()).isZero();
        assertThat(attributes(parse(Files.readString(erd)), "g", "data-table")).isEqualTo("author book");
    }

    @Test
    void badInputIsAUsageErrorThatSaysWhatToDo() {
        Result format = db("graph", "--format", "png", "--migrations", MIGRATIONS);
        assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("'png' is not a picture format; use one of mermaid, dot, svg.");

        Result current = db("erd", "current", "--migrations", MIGRATIONS);
        assertThat(current.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(current.err()).contains("'db erd current' draws the schema at the database's revision: give its URL"
                + " with --url or DATABASE_URL");

        Result unknown = db("erd", "nosuch", "--migrations", MIGRATIONS);
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("'nosuch'", "db history");

        Result heads = db("erd", "--migrations", BRANCHES);
        assertThat(heads.exitCode()).as(heads.toString()).isNotZero();
        assertThat(heads.err()).contains("b2aaaa000002", "b3bbbb000003");
        assertThat(db("erd", "heads", "--migrations", BRANCHES).out()).contains("thing {", "left_t {", "right_t {");

        Path missing = dir.resolve("no/such/dir/graph.svg");
        Result write = db("graph", "-o", missing.toString(), "--migrations", MIGRATIONS);
        assertThat(write.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(write.err()).contains("Cannot write the picture to " + missing, "check that its directory exists");
    }

    @Test
    void aUrlWhereNothingListensIsReportedAsUnreachable() {
        Result graph = db("graph", "--url", UNREACHABLE, "--migrations", MIGRATIONS);
        assertThat(graph.exitCode()).as(graph.toString()).isEqualTo(ExitCode.UNREACHABLE);
        // Without a URL the same command draws, as no database is needed.
        assertThat(db("graph", "--migrations", MIGRATIONS).exitCode()).isZero();
    }

    @ParameterizedTest
    @Databases
    void withAUrlTheGraphMarksTheDatabasesRevisionAndErdCurrentDrawsItsSchema(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();
            Result atBase = db("graph", "--url", url, "--migrations", MIGRATIONS);
            assertThat(atBase.exitCode()).as(atBase.toString()).isZero();
            assertThat(atBase.out()).contains("r_" + R1 + "[\"" + R1 + " (pending)<br/>authors\"]",
                    "class r_" + R1 + ",r_" + R2 + " pending").doesNotContain("current");
            assertThat(db("erd", "current", "--url", url, "--migrations", MIGRATIONS).out()).isEqualTo("erDiagram\n");

            assertThat(db("upgrade", R1, "--url", url, "--migrations", MIGRATIONS).exitCode()).isZero();
            Result graph = db("graph", "--url", url, "--migrations", MIGRATIONS);
            assertThat(graph.out()).isEqualTo("flowchart TD\n"
                    + "    r_" + R1 + "[\"" + R1 + " (current)<br/>authors\"]\n"
                    + "    r_" + R2 + "[\"" + R2 + " (head, pending)<br/>books\"]\n"
                    + "    r_" + R1 + " --> r_" + R2 + "\n"
                    + "    classDef head stroke-width:3px\n"
                    + "    class r_" + R2 + " head\n"
                    + "    classDef pending fill:#fff4d6,stroke:#d97706\n"
                    + "    class r_" + R2 + " pending\n"
                    + "    classDef current fill:#d6f5d6,stroke:#15803d,stroke-width:3px\n"
                    + "    class r_" + R1 + " current\n"
                    + "    linkStyle 0 stroke:#d97706,stroke-width:2px,stroke-dasharray:5 3\n");

            Result current = db("erd", "current", "--url", url, "--migrations", MIGRATIONS);
            assertThat(current.exitCode()).as(current.toString()).isZero();
            assertThat(current.out()).contains("author {").doesNotContain("book");
            Result head = db("erd", "--url", url, "--migrations", MIGRATIONS);
            assertThat(head.out()).contains("author {", "book {", "bigint author_id FK",
                    "book }o..o| author : \"fk_book_author_id_author\"");

            assertThat(db("upgrade", "--url", url, "--migrations", MIGRATIONS).exitCode()).isZero();
            assertThat(db("erd", "current", "--url", url, "--migrations", MIGRATIONS).out()).isEqualTo(head.out());
            assertThat(db("graph", "--url", url, "--migrations", MIGRATIONS).out())
                    .contains(R2 + " (head, current)").doesNotContain("pending");

            // Migrations that do not know the database's revision: the graph says so, erd current refuses.
            Result foreign = db("graph", "--url", url, "--migrations", BRANCHES);
            assertThat(foreign.exitCode()).as(foreign.toString()).isZero();
            assertThat(foreign.err()).isEqualTo("The database is at " + R2 + ", which these migrations do not have"
                    + " (a newer version of the application applied it?): no pending path is drawn.\n");
            assertThat(foreign.out()).contains("b1ba5e000001").doesNotContain("pending", "current", R2);
            Result foreignErd = db("erd", "current", "--url", url, "--migrations", BRANCHES);
            assertThat(foreignErd.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(foreignErd.err()).contains("The database is at " + R2 + ", which these migrations do not have,"
                    + " so its schema cannot be replayed");
        }
    }

    @Test
    void graphRunsAsAProcessWithTheSettingsInTheEnvironment() throws Exception {
        CliProcess.Run run = CliProcess.of(StrataCli.class, dir).env(Map.of(Database.ENV_MIGRATIONS, BRANCHES))
                .run("graph", "--format", "dot");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("digraph revisions {\n").endsWith("}\n")
                .contains("\"b1ba5e000001\" [label=\"b1ba5e000001 (branchpoint)\\nbase of two branches\"];");
        assertThat(run.err()).isEmpty();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The values of an attribute on the elements that have it, space-separated in document order. */
    private static String attributes(Document document, String tag, String attribute) {
        NodeList nodes = document.getElementsByTagName(tag);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) nodes.item(i);
            if (element.hasAttribute(attribute)) {
                values.append(values.isEmpty() ? "" : " ").append(element.getAttribute(attribute));
            }
        }
        return values.toString();
    }
}
