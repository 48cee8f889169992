package io.strata.examples.bookstore.api;

import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;

import java.util.Map;

import org.hibernate.Session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.strata.core.ConstraintViolations;
import io.strata.examples.bookstore.models.Book;
import io.strata.examples.bookstore.models.Store;

/** {@code /stores}: list, create, stock a book in a store, and list a store's books. */
public final class StoreRoutes {

    private StoreRoutes() {
    }

    /** Registers the routes. */
    public static void register(RoutesConfig routes) {
        routes.get("/stores", StoreRoutes::list);
        routes.post("/stores", StoreRoutes::create);
        routes.get("/stores/{id}/books", StoreRoutes::books);
        routes.post("/stores/{id}/books/{bookId}", StoreRoutes::stock);
    }

    /** {@code GET /stores?page&per_page}: a page of stores by id. */
    static void list(Context ctx) {
        ctx.json(Pages.map(paginate(session(ctx).createSelectionQuery("from Store order by id", Store.class), ctx),
                StoreView::of));
    }

    /** {@code POST /stores}: a new store (201); a taken name is a 409. */
    static void create(Context ctx) {
        String name = Fields.required("name", ctx.bodyAsClass(StoreInput.class).name(), Store.NAME_LENGTH);
        Session session = session(ctx);
        session.createSelectionQuery("from Store where name = :name", Store.class).setParameter("name", name)
                .uniqueResultOptional()
                .ifPresent(existing -> {
                    throw new ConflictResponse("Store " + existing.getId() + " is already named '" + name
                            + "'; store names are unique.", Map.of("field", "name"));
                });
        Store store = new Store(name);
        session.persist(store);
        session.flush();
        ctx.status(201).json(StoreView.of(store));
    }

    /** {@code GET /stores/{id}/books}: the store and the books it sells, with their authors. */
    static void books(Context ctx) {
        Store store = getOr404(ctx, Store.class, Params.id(ctx, "id"));
        var books = session(ctx)
                .createSelectionQuery("select b from Book b join b.stores s left join fetch b.author"
                        + " where s = :store order by b.id", Book.class)
                .setParameter("store", store)
                .getResultList();
        ctx.json(new StoreStock(StoreView.of(store), books.stream().map(BookView::of).toList()));
    }

    /**
     * {@code POST /stores/{id}/books/{bookId}}: the store sells the book from now on (201), or already
     * did (200, also when a concurrent request stocked it first); answers the book with its stores.
     */
    static void stock(Context ctx) {
        Store store = getOr404(ctx, Store.class, Params.id(ctx, "id"));
        long bookId = Params.id(ctx, "bookId");
        Book book = getOr404(ctx, Book.class, bookId);
        boolean added = book.getStores().add(store);
        try {
            session(ctx).flush();
        } catch (RuntimeException e) {
            if (!ConstraintViolations.isUnique(e)) {
                throw e;
            }
            // A concurrent request stocked it between this one's read and its insert: the book is stocked, as
            // asked. Start the request's transaction afresh and answer the book as it now is.
            Session session = session(ctx);
            session.getTransaction().rollback();
            session.clear();
            session.getTransaction().begin();
            book = getOr404(ctx, Book.class, bookId);
            added = false;
        }
        ctx.status(added ? 201 : 200).json(BookDetail.of(book));
    }
}
