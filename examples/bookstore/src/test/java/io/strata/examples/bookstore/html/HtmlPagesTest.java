package io.strata.examples.bookstore.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.strata.examples.bookstore.testing.Chromium;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.testing.DbKind;

/** The HTML pages as headless Chromium shows them (on SQLite: the pages do not depend on the database). */
class HtmlPagesTest {

    private Chromium chromium;

    /** Per test, so a missing browser shows as each test skipped with the reason (outside CI). */
    @BeforeEach
    void browser() {
        chromium = Chromium.require();
    }

    @Test
    void the_authors_page_lists_the_authors_a_page_at_a_time() {
        Running app = RunningBookstores.fresh(DbKind.SQLITE);
        String base = "http://127.0.0.1:" + app.bookstore().port();

        String first = chromium.dumpDom(base + "/?per_page=2");
        String second = chromium.dumpDom(base + "/?page=2&per_page=2");

        assertThat(first).contains("<title>Authors · Bookstore</title>", "3 authors · page 1 of 2",
                ">Prakritish Sen Eshore</a>", "<td>prakritish@example.com</td><td>2</td>", ">Umang Vanjara</a>",
                "id=\"next\" href=\"/?page=2&amp;per_page=2\"");
        assertThat(first).doesNotContain("Chandan Dutta", "id=\"prev\"");
        assertThat(second).contains("3 authors · page 2 of 2", ">Chandan Dutta</a>",
                "<td>chandan@example.com</td><td>0</td>", "id=\"prev\"");
        assertThat(second).doesNotContain("Umang Vanjara", "id=\"next\"");
    }

    @Test
    void an_authors_page_lists_their_books_and_where_they_are_sold() {
        Running app = RunningBookstores.fresh(DbKind.SQLITE);
        String base = "http://127.0.0.1:" + app.bookstore().port();

        String prakritish = chromium.dumpDom(base + "/pages/authors/" + app.authorId("prakritish@example.com"));
        String chandan = chromium.dumpDom(base + "/pages/authors/" + app.authorId("chandan@example.com"));

        assertThat(prakritish).contains("<h1>Prakritish Sen Eshore</h1>",
                "<li>Ansible Refresher <small>(Amazon, Flipkart)</small></li>",
                "<li>Exploring SQLAlchemy <small>(Amazon, Flipkart)</small></li>");
        assertThat(chandan).contains("<h1>Chandan Dutta</h1>", "No books yet.");
    }

    @Test
    void names_are_shown_as_text_never_as_markup() {
        Running app = RunningBookstores.fresh(DbKind.SQLITE);
        String base = "http://127.0.0.1:" + app.bookstore().port();
        long id = app.http().post("/authors", "{\"name\": \"<b>Ada</b> & \\\"Co\\\"\", \"email\": \"x@y.z\"}")
                .json().get("id").asLong();

        String list = chromium.dumpDom(base + "/?page=1&per_page=10");
        String page = chromium.dumpDom(base + "/pages/authors/" + id);

        assertThat(list).contains("&lt;b&gt;Ada&lt;/b&gt; &amp; \"Co\"").doesNotContain("<b>Ada</b>");
        assertThat(page).contains("<h1>&lt;b&gt;Ada&lt;/b&gt; &amp; \"Co\"</h1>").doesNotContain("<b>");
    }
}
