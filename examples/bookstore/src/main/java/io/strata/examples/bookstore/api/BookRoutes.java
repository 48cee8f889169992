package io.strata.examples.bookstore.api;

import static io.strata.javalin.Strata.oneOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;

import java.util.Optional;
import java.util.Map;

import org.hibernate.Session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.strata.examples.bookstore.models.Author;
import io.strata.examples.bookstore.models.Book;

/** {@code /books}: list (with authors), read (with stores) and create. */
public final class BookRoutes {

    private BookRoutes() {
    }

    /** Registers the routes. */
    public static void register(RoutesConfig routes) {
        routes.get("/books", BookRoutes::list);
        routes.post("/books", BookRoutes::create);
        routes.get("/books/{id}", BookRoutes::get);
    }

    /** {@code GET /books?page&per_page}: a page of books by id, each with its author (one projection query). */
    static void list(Context ctx) {
        ctx.json(Pages.map(paginate(session(ctx).createSelectionQuery(BookRow.QUERY, BookRow.class), ctx), BookRow::view));
    }

    /** {@code GET /books/{id}}: the book with its author and stores. */
    static void get(Context ctx) {
        long id = Params.id(ctx, "id");
        Book book = oneOr404(session(ctx)
                .createSelectionQuery("from Book b left join fetch b.author left join fetch b.stores where b.id = :id",
                        Book.class)
                .setParameter("id", id), "Book " + id + " was not found.");
        ctx.json(BookDetail.of(book));
    }

    /** {@code POST /books}: a new book (201), optionally by an existing author; a taken name is a 409. */
    static void create(Context ctx) {
        BookInput input = ctx.bodyAsClass(BookInput.class);
        String name = Fields.required("name", input.name(), Book.NAME_LENGTH);
        Session session = session(ctx);
        Author author = Optional.ofNullable(input.authorId()).map(id -> Optional.ofNullable(id < 1 ? null : session.find(Author.class, id))
                .orElseThrow(() -> Fields.refused("authorId", "Field 'authorId' names author " + id
                        + ", which does not exist; create the author first (POST /authors).")))
                .orElse(null);
        session.createSelectionQuery("from Book where name = :name", Book.class).setParameter("name", name)
                .uniqueResultOptional()
                .ifPresent(existing -> {
                    throw new ConflictResponse("Book " + existing.getId() + " is already named '" + name
                            + "'; book names are unique.", Map.of("field", "name"));
                });
        Book book = new Book(name, author);
        session.persist(book);
        session.flush();
        ctx.status(201).json(BookView.of(book));
    }
}
