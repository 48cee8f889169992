package io.strata.migrations.picture;

import static io.strata.migrations.picture.RevisionGraphPictureTest.elements;
import static io.strata.migrations.picture.RevisionGraphPictureTest.parse;
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

class SchemaPictureTest {

    /**
     * A primary key, a unique column, foreign keys not nullable and nullable, a one-to-one (the key is the
     * child's primary key), a composite primary key, and names Mermaid cannot take raw: a digit first, a
     * Mermaid keyword ({@code one}), a key marker ({@code pk}) and a space.
     */
    static final Schema SCHEMA = Schema.of(List.of(
            Table.of("author", List.of(Column.of("id", bigint()).autoIncrementing(),
                    Column.of("name", varchar(100)).notNull(), Column.of("email", varchar(200))))
                    .withPrimaryKey(new PrimaryKey("pk_author", List.of("id")))
                    .withUnique(new UniqueConstraint("uq_author_email", List.of("email"))),
            Table.of("book", List.of(Column.of("id", bigint()).autoIncrementing(),
                    Column.of("author_id", bigint()).notNull(), Column.of("editor_id", bigint()),
                    Column.of("price", decimal(10, 2))))
                    .withPrimaryKey(new PrimaryKey("pk_book", List.of("id")))
                    .withUnique(new UniqueConstraint("uq_book_author_id_price", List.of("author_id", "price")))
                    .withForeignKey(ForeignKey.of("fk_book_author_id_author", List.of("author_id"), "author", List.of("id")))
                    .withForeignKey(ForeignKey.of("fk_book_editor_id_author", List.of("editor_id"), "author", List.of("id"))),
            Table.of("author_profile", List.of(Column.of("author_id", bigint()).notNull(), Column.of("bio", text())))
                    .withPrimaryKey(new PrimaryKey("pk_author_profile", List.of("author_id")))
                    .withForeignKey(ForeignKey.of("fk_author_profile_author_id_author", List.of("author_id"), "author",
                            List.of("id"))),
            Table.of("2nd_store", List.of(Column.of("id", integer()).notNull(), Column.of("pk", varchar(10)),
                    Column.of("opening hours", text())))
                    .withPrimaryKey(new PrimaryKey("pk_2nd_store", List.of("id"))),
            Table.of("one", List.of(Column.of("book_id", bigint()).notNull(), Column.of("store_id", integer()).notNull(),
                    Column.of("quantity", integer())))
                    .withPrimaryKey(new PrimaryKey("pk_one", List.of("book_id", "store_id")))
                    .withForeignKey(ForeignKey.of("fk_one_book_id_book", List.of("book_id"), "book", List.of("id")))
                    .withForeignKey(ForeignKey.of("fk_one_store_id_2nd_store", List.of("store_id"), "2nd_store",
                            List.of("id")))));

    @Test
    void mermaidShowsKeysCardinalitiesAndQuotesOrRenamesWhatItCannotTakeRaw() {
        assertThat(SchemaPicture.of(SCHEMA).render(PictureFormat.MERMAID)).isEqualTo("""
                erDiagram
                    author {
                        bigint id PK
                        varchar(100) name
                        varchar(200) email UK
                    }
                    book {
                        bigint id PK
                        bigint author_id FK, UK
                        bigint editor_id FK
                        decimal price UK "decimal(10,2)"
                    }
                    author_profile {
                        bigint author_id PK, FK
                        text bio
                    }
                    "2nd_store" {
                        integer id PK
                        varchar(10) pk_ "column pk"
                        text opening_hours "column opening hours"
                    }
                    "one" {
                        bigint book_id PK, FK
                        integer store_id PK, FK
                        integer quantity
                    }
                    book }o..|| author : "fk_book_author_id_author"
                    book }o..o| author : "fk_book_editor_id_author"
                    author_profile |o--|| author : "fk_author_profile_author_id_author"
                    "one" }o--|| book : "fk_one_book_id_book"
                    "one" }o--|| "2nd_store" : "fk_one_store_id_2nd_store"
                """);
    }

    @Test
    void dotDrawsEachTableAsAnHtmlTableAndEachForeignKeyWithCrowsFeet() {
        String dot = SchemaPicture.of(SCHEMA).render(PictureFormat.DOT);
        assertThat(dot).startsWith("digraph schema {\n").endsWith("}\n").contains("""
                    "book" [label=<
                        <table border="0" cellborder="1" cellspacing="0" cellpadding="4">
                        <tr><td colspan="3" bgcolor="#e2e8f0"><b>book</b></td></tr>
                        <tr><td align="left">id</td><td align="left">bigint not null</td><td>PK</td></tr>
                        <tr><td align="left">author_id</td><td align="left">bigint not null</td><td>FK UK</td></tr>
                        <tr><td align="left">editor_id</td><td align="left">bigint</td><td>FK</td></tr>
                        <tr><td align="left">price</td><td align="left">decimal(10,2)</td><td>UK</td></tr>
                        </table>>];
                """, """
                    "book" -> "author" [label="fk_book_author_id_author", arrowtail=crowodot, arrowhead=teetee, style=dashed];
                    "book" -> "author" [label="fk_book_editor_id_author", arrowtail=crowodot, arrowhead=teeodot, style=dashed];
                    "author_profile" -> "author" [label="fk_author_profile_author_id_author", arrowtail=teeodot, arrowhead=teetee];
                    "one" -> "book" [label="fk_one_book_id_book", arrowtail=crowodot, arrowhead=teetee];
                    "one" -> "2nd_store" [label="fk_one_store_id_2nd_store", arrowtail=crowodot, arrowhead=teetee];
                """, "<tr><td align=\"left\">opening hours</td>");
    }

    @Test
    void svgIsWellFormedXmlWithEveryTableColumnAndRelationship() throws Exception {
        Document svg = parse(SchemaPicture.of(SCHEMA).render(PictureFormat.SVG));
        List<Element> tables = elements(svg, "g").stream().filter(g -> g.hasAttribute("data-table")).toList();
        assertThat(tables).extracting(g -> g.getAttribute("data-table"))
                .containsExactly("author", "book", "author_profile", "2nd_store", "one");
        for (Table table : SCHEMA.tables()) {
            Element g = tables.stream().filter(t -> t.getAttribute("data-table").equals(table.name())).findFirst().orElseThrow();
            List<String> columns = elements(svg, "g").stream().filter(c -> c.getParentNode() == g)
                    .map(c -> c.getAttribute("data-column")).toList();
            assertThat(columns).as("columns of %s", table.name())
                    .containsExactlyElementsOf(table.columns().stream().map(Column::name).toList());
        }
        Element book = tables.get(1);
        assertThat(book.getTextContent()).contains("price", "decimal(10,2)", "author_id", "bigint not null", "FK UK");

        List<String> relationships = elements(svg, "g").stream().filter(g -> g.hasAttribute("data-name"))
                .map(g -> g.getAttribute("data-child") + "->" + g.getAttribute("data-parent") + " "
                        + g.getTextContent().replaceAll("\\s+", " ").strip())
                .toList();
        assertThat(relationships).containsExactly(
                "book->author fk_book_author_id_author: book(author_id) → author(id) 0..* 1",
                "book->author fk_book_editor_id_author: book(editor_id) → author(id) 0..* 0..1",
                "author_profile->author fk_author_profile_author_id_author: author_profile(author_id) → author(id) 0..1 1",
                "one->book fk_one_book_id_book: one(book_id) → book(id) 0..* 1",
                "one->2nd_store fk_one_store_id_2nd_store: one(store_id) → 2nd_store(id) 0..* 1");
    }

    @Test
    void anEmptySchemaIsAValidPictureInEveryFormat() throws Exception {
        assertThat(SchemaPicture.of(Schema.empty()).render(PictureFormat.MERMAID)).isEqualTo("erDiagram\n");
        assertThat(SchemaPicture.of(Schema.empty()).render(PictureFormat.DOT))
                .startsWith("digraph schema {").endsWith("}\n");
        assertThat(parse(SchemaPicture.of(Schema.empty()).render(PictureFormat.SVG)).getDocumentElement().getTagName())
                .isEqualTo("svg");
    }

    @Test
    void aTableThatRefersToItselfGetsALoop() throws Exception {
        Schema tree = Schema.of(List.of(Table.of("node", List.of(Column.of("id", integer()).notNull(),
                Column.of("parent_id", integer()))).withPrimaryKey(new PrimaryKey("pk_node", List.of("id")))
                .withForeignKey(ForeignKey.of("fk_node_parent_id_node", List.of("parent_id"), "node", List.of("id")))));
        assertThat(SchemaPicture.of(tree).render(PictureFormat.MERMAID)).contains("node }o..o| node : \"fk_node_parent_id_node\"");
        Document svg = parse(SchemaPicture.of(tree).render(PictureFormat.SVG));
        assertThat(elements(svg, "g").stream().filter(g -> g.hasAttribute("data-name"))).hasSize(1);
    }
}
