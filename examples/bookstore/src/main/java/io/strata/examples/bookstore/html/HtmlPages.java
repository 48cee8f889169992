package io.strata.examples.bookstore.html;

import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;

import java.util.List;
import java.util.stream.Collectors;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.strata.core.Page;
import io.strata.examples.bookstore.api.AuthorBookCount;
import io.strata.examples.bookstore.api.BookDetail;
import io.strata.examples.bookstore.api.Params;
import io.strata.examples.bookstore.api.StoreView;
import io.strata.examples.bookstore.models.Author;
import io.strata.examples.bookstore.models.Book;

/**
 * The server-rendered pages: {@code /} lists the authors with their book counts, a page at a time
 * ({@code ?page=2&per_page=10}), and {@code /pages/authors/{id}} shows one author's books and where
 * they are sold.
 */
public final class HtmlPages {

    private HtmlPages() {
    }

    /** Registers the pages. */
    public static void register(RoutesConfig routes) {
        routes.get("/", HtmlPages::authors);
        routes.get("/pages/authors/{id}", HtmlPages::author);
    }

    /** The authors, a page at a time. */
    static void authors(Context ctx) {
        Page<AuthorBookCount> page = paginate(session(ctx)
                .createSelectionQuery(AuthorBookCount.BY_AUTHOR,
                        AuthorBookCount.class), ctx);
        StringBuilder body = new StringBuilder();
        body.append("<p id=\"summary\">").append(page.total()).append(" authors · page ").append(page.page())
                .append(" of ").append(page.pages()).append("</p>\n");
        body.append("<table id=\"authors\">\n<thead><tr><th>Name</th><th>Email</th><th>Books</th></tr></thead>\n<tbody>\n");
        for (AuthorBookCount author : page.items()) {
            body.append("<tr><td><a href=\"/pages/authors/").append(author.id()).append("\">")
                    .append(Html.escape(author.name() == null ? "(no name)" : author.name())).append("</a></td><td>")
                    .append(Html.escape(author.email())).append("</td><td>").append(author.books()).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n<nav>");
        if (page.hasPrev()) {
            body.append("<a id=\"prev\" href=\"/?page=").append(page.prevNum()).append("&amp;per_page=")
                    .append(page.perPage()).append("\">Previous</a>");
        }
        if (page.hasNext()) {
            body.append("<a id=\"next\" href=\"/?page=").append(page.nextNum()).append("&amp;per_page=")
                    .append(page.perPage()).append("\">Next</a>");
        }
        body.append("</nav>");
        ctx.html(Html.page("Authors", body.toString()));
    }

    /** One author and their books, each with the stores selling it. */
    static void author(Context ctx) {
        Author author = getOr404(ctx, Author.class, Params.id(ctx, "id"));
        List<Book> books = session(ctx)
                .createSelectionQuery("from Book b left join fetch b.stores where b.author = :author order by b.id", Book.class)
                .setParameter("author", author)
                .getResultList();
        StringBuilder body = new StringBuilder();
        body.append("<p id=\"email\">").append(Html.escape(author.getEmail())).append("</p>\n");
        if (books.isEmpty()) {
            body.append("<p id=\"no-books\">No books yet.</p>\n");
        } else {
            body.append("<ul id=\"books\">\n");
            for (Book book : books) {
                String stores = BookDetail.of(book).stores().stream().map(StoreView::name).map(Html::escape)
                        .collect(Collectors.joining(", "));
                body.append("<li>").append(Html.escape(book.getName()))
                        .append(stores.isEmpty() ? "" : " <small>(" + stores + ")</small>").append("</li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("<nav><a href=\"/\">All authors</a></nav>");
        String name = author.getName() == null ? author.getEmail() : author.getName();
        ctx.html(Html.page(name, body.toString()));
    }
}
