package io.strata.migrations.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;

class RevisionGraphPictureTest {

    /** a1 branches into b2 (labelled "reports") and c3, d4 merges them, e5 is the head. */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            RevisionNode.of("a1").withMessage("create authors"),
            RevisionNode.of("b2", "a1").withLabels("reports").withMessage("add \"report\" table"),
            RevisionNode.of("c3", "a1").withMessage("add books"),
            RevisionNode.of("d4", "b2", "c3").withMessage("merge heads"),
            RevisionNode.of("e5", "d4").withMessage("add <isbn> & #tags")));

    @Test
    void mermaidShowsTheBranchTheMergeTheLabelAndTheHeadWithItsTextEscaped() {
        assertThat(RevisionGraphPicture.of(GRAPH).render(PictureFormat.MERMAID)).isEqualTo("""
                flowchart TD
                    r_a1["a1 (branchpoint)<br/>create authors"]
                    r_c3["c3<br/>add books"]
                    r_b2["b2<br/>branch: reports<br/>add #quot;report#quot; table"]
                    r_d4["d4 (mergepoint)<br/>merge heads"]
                    r_e5["e5 (head)<br/>add #lt;isbn#gt; #amp; #35;tags"]
                    r_a1 --> r_c3
                    r_a1 --> r_b2
                    r_b2 --> r_d4
                    r_c3 --> r_d4
                    r_d4 --> r_e5
                    classDef merge stroke-dasharray:4 2
                    class r_d4 merge
                    classDef head stroke-width:3px
                    class r_e5 head
                """);
    }

    @Test
    void mermaidAtADatabaseMarksItsCurrentRevisionAndThePendingPathToTheHead() {
        assertThat(RevisionGraphPicture.of(GRAPH).at(Set.of("b2")).render(PictureFormat.MERMAID)).isEqualTo("""
                flowchart TD
                    r_a1["a1 (branchpoint)<br/>create authors"]
                    r_c3["c3 (pending)<br/>add books"]
                    r_b2["b2 (current)<br/>branch: reports<br/>add #quot;report#quot; table"]
                    r_d4["d4 (mergepoint, pending)<br/>merge heads"]
                    r_e5["e5 (head, pending)<br/>add #lt;isbn#gt; #amp; #35;tags"]
                    r_a1 --> r_c3
                    r_a1 --> r_b2
                    r_b2 --> r_d4
                    r_c3 --> r_d4
                    r_d4 --> r_e5
                    classDef merge stroke-dasharray:4 2
                    class r_d4 merge
                    classDef head stroke-width:3px
                    class r_e5 head
                    classDef pending fill:#fff4d6,stroke:#d97706
                    class r_c3,r_d4,r_e5 pending
                    classDef current fill:#d6f5d6,stroke:#15803d,stroke-width:3px
                    class r_b2 current
                    linkStyle 0,2,3,4 stroke:#d97706,stroke-width:2px,stroke-dasharray:5 3
                """);
    }

    @Test
    void dotShowsTheSameGraphWithQuotedLabels() {
        assertThat(RevisionGraphPicture.of(GRAPH).render(PictureFormat.DOT)).isEqualTo("""
                digraph revisions {
                    rankdir=TB;
                    node [shape=box, style=rounded, fontname="Helvetica"];
                    "a1" [label="a1 (branchpoint)\\ncreate authors"];
                    "c3" [label="c3\\nadd books"];
                    "b2" [label="b2\\nbranch: reports\\nadd \\"report\\" table"];
                    "d4" [label="d4 (mergepoint)\\nmerge heads", style="rounded,dashed"];
                    "e5" [label="e5 (head)\\nadd <isbn> & #tags", penwidth=2];
                    "a1" -> "c3";
                    "a1" -> "b2";
                    "b2" -> "d4";
                    "c3" -> "d4";
                    "d4" -> "e5";
                }
                """);
    }

    @Test
    void dotAtADatabaseFillsTheCurrentRevisionAndDashesThePendingPath() {
        assertThat(RevisionGraphPicture.of(GRAPH).at(Set.of("b2")).render(PictureFormat.DOT)).isEqualTo("""
                digraph revisions {
                    rankdir=TB;
                    node [shape=box, style=rounded, fontname="Helvetica"];
                    "a1" [label="a1 (branchpoint)\\ncreate authors"];
                    "c3" [label="c3 (pending)\\nadd books", style="rounded,filled", fillcolor="#fff4d6", color="#d97706"];
                    "b2" [label="b2 (current)\\nbranch: reports\\nadd \\"report\\" table", style="rounded,filled", \
                fillcolor="#d6f5d6", color="#15803d"];
                    "d4" [label="d4 (mergepoint, pending)\\nmerge heads", style="rounded,dashed,filled", \
                fillcolor="#fff4d6", color="#d97706"];
                    "e5" [label="e5 (head, pending)\\nadd <isbn> & #tags", style="rounded,filled", penwidth=2, \
                fillcolor="#fff4d6", color="#d97706"];
                    "a1" -> "c3" [color="#d97706", style=dashed, penwidth=2];
                    "a1" -> "b2";
                    "b2" -> "d4" [color="#d97706", style=dashed, penwidth=2];
                    "c3" -> "d4" [color="#d97706", style=dashed, penwidth=2];
                    "d4" -> "e5" [color="#d97706", style=dashed, penwidth=2];
                }
                """);
    }

    @Test
    void svgIsWellFormedXmlWithEveryRevisionAndEdgeAndNoOverlap() throws Exception {
        Document svg = parse(RevisionGraphPicture.of(GRAPH).at(Set.of("b2")).render(PictureFormat.SVG));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));

        List<Element> revisions = elements(svg, "g").stream().filter(g -> g.hasAttribute("data-revision")).toList();
        assertThat(revisions).extracting(g -> g.getAttribute("data-revision"))
                .containsExactlyInAnyOrder("a1", "b2", "c3", "d4", "e5");
        assertThat(revision(revisions, "a1").getAttribute("class")).isEqualTo("revision branchpoint");
        assertThat(revision(revisions, "b2").getAttribute("class")).isEqualTo("revision current");
        assertThat(revision(revisions, "d4").getAttribute("class")).isEqualTo("revision mergepoint pending");
        assertThat(revision(revisions, "e5").getAttribute("class")).isEqualTo("revision head pending");
        assertThat(revision(revisions, "b2").getTextContent()).contains("branch: reports", "add \"report\" table");
        assertThat(revision(revisions, "e5").getTextContent()).contains("add <isbn> & #tags");

        List<double[]> boxes = new ArrayList<>();
        for (Element g : revisions) {
            Element rect = (Element) g.getElementsByTagName("rect").item(0);
            double[] box = {number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")};
            assertThat(box[0] + box[2]).as("right edge of %s", g.getAttribute("data-revision")).isLessThanOrEqualTo(width);
            assertThat(box[1] + box[3]).as("bottom edge of %s", g.getAttribute("data-revision")).isLessThanOrEqualTo(height);
            for (double[] other : boxes) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as("%s overlaps another revision", g.getAttribute("data-revision")).isTrue();
            }
            boxes.add(box);
        }
        // Each revision sits below every parent: the layout is layered from the base.
        assertThat(top(revisions, "a1")).isLessThan(top(revisions, "b2")).isLessThan(top(revisions, "d4"));
        assertThat(top(revisions, "c3")).isLessThan(top(revisions, "d4"));
        assertThat(top(revisions, "d4")).isLessThan(top(revisions, "e5"));

        List<String> edges = elements(svg, "path").stream().filter(p -> p.hasAttribute("data-parent"))
                .map(p -> p.getAttribute("data-parent") + "->" + p.getAttribute("data-child") + " " + p.getAttribute("class"))
                .toList();
        assertThat(edges).containsExactlyInAnyOrder("a1->b2 edge", "a1->c3 edge pending", "b2->d4 edge pending",
                "c3->d4 edge pending", "d4->e5 edge pending");
    }

    @Test
    void aDatabaseAtBaseHasEveryRevisionPendingAndAnUnknownRevisionMarksNothing() {
        assertThat(RevisionGraphPicture.of(GRAPH).at(Set.of()).render(PictureFormat.MERMAID))
                .contains("class r_a1,r_c3,r_b2,r_d4,r_e5 pending").doesNotContain("class r_b2 current");
        String unknown = RevisionGraphPicture.of(GRAPH).at(Set.of("zz9")).render(PictureFormat.MERMAID);
        assertThat(unknown).doesNotContain("pending", "current", "zz9");
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertThat(PictureFormat.parse("SVG")).isEqualTo(PictureFormat.SVG);
        assertThat(PictureFormat.parse(" mermaid ")).isEqualTo(PictureFormat.MERMAID);
        assertThatThrownBy(() -> PictureFormat.parse("png")).isInstanceOf(UnknownPictureFormatException.class)
                .hasMessage("'png' is not a picture format; use one of mermaid, dot, svg.");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Element revision(List<Element> revisions, String id) {
        return revisions.stream().filter(g -> g.getAttribute("data-revision").equals(id)).findFirst().orElseThrow();
    }

    private static double top(List<Element> revisions, String id) {
        return number((Element) revision(revisions, id).getElementsByTagName("rect").item(0), "y");
    }
}
