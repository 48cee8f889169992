package io.strata.examples.bookstore.api;

import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.Session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.strata.core.GetOrCreateResult;
import io.strata.examples.bookstore.models.Author;
import io.strata.javalin.Strata;

/**
 * {@code /authors}: read, list, search by email domain, count books per author, get-or-create by
 * email, update and delete.
 */
public final class AuthorRoutes {

    private static final String EXAMPLE = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}";

    private AuthorRoutes() {
    }

    /** Registers the routes (the fixed paths before {@code /authors/{id}}). */
    public static void register(RoutesConfig routes) {
        routes.get("/authors/search", AuthorRoutes::search);
        routes.get("/authors/book-counts", AuthorRoutes::bookCounts);
        routes.get("/authors", AuthorRoutes::list);
        routes.post("/authors", AuthorRoutes::create);
        routes.get("/authors/{id}", AuthorRoutes::get);
        routes.patch("/authors/{id}", AuthorRoutes::update);
        routes.delete("/authors/{id}", AuthorRoutes::delete);
    }

    /** {@code GET /authors?page&per_page}: a page of authors by id. */
    static void list(Context ctx) {
        ctx.json(Pages.map(paginate(session(ctx).createSelectionQuery("from Author order by id", Author.class), ctx),
                AuthorView::of));
    }

    /** {@code GET /authors/{id}}: the author and their books. */
    static void get(Context ctx) {
        Author author = author(ctx);
        List<BookRef> books = session(ctx)
                .createSelectionQuery("select new " + BookRef.class.getName() + "(b.id, b.name) from Book b"
                        + " where b.author = :author order by b.id", BookRef.class)
                .setParameter("author", author)
                .getResultList();
        ctx.json(new AuthorDetail(author.getId(), author.getName(), author.getEmail(), books));
    }

    /** {@code GET /authors/search?domain=example.com}: the authors whose email is at that domain (the seed's filter). */
    static void search(Context ctx) {
        String domain = ctx.queryParam("domain");
        if (domain == null || domain.isBlank() || domain.length() > Author.EMAIL_LENGTH || domain.contains("@")
                || domain.chars().anyMatch(Character::isWhitespace)) {
            throw Fields.refused("domain", "Query parameter 'domain' must be an email domain like example.com (no '@',"
                    + " at most " + Author.EMAIL_LENGTH + " characters), got " + (domain == null ? "none" : "'" + domain + "'")
                    + ".");
        }
        String pattern = "%@" + domain.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        ctx.json(Pages.map(paginate(session(ctx)
                .createSelectionQuery("from Author where lower(email) like :pattern escape '!' order by id", Author.class)
                .setParameter("pattern", pattern), ctx), AuthorView::of));
    }

    /** {@code GET /authors/book-counts}: every author with the number of their books, most first. */
    static void bookCounts(Context ctx) {
        ctx.json(Pages.map(paginate(session(ctx).createSelectionQuery(AuthorBookCount.MOST_BOOKS_FIRST, AuthorBookCount.class), ctx),
                count -> count));
    }

    /** {@code POST /authors}: the author with that email, created (201) or found (200, name left as it was). */
    static void create(Context ctx) {
        AuthorInput input = ctx.bodyAsClass(AuthorInput.class);
        String email = email(Fields.required("email", input.email(), Author.EMAIL_LENGTH));
        String name = Fields.optional("name", input.name(), Author.NAME_LENGTH);
        GetOrCreateResult<Author> result = Strata.db(ctx).database()
                .getOrCreate(Author.class, Map.of("email", email), name == null ? Map.of() : Map.of("name", name));
        ctx.status(result.created() ? 201 : 200).json(AuthorView.of(result.instance()));
    }

    /** {@code PATCH /authors/{id}}: changes the name and/or the email (409 when another author has it). */
    static void update(Context ctx) {
        AuthorInput input = ctx.bodyAsClass(AuthorInput.class);
        if (input.name() == null && input.email() == null) {
            throw new BadRequestResponse("Give 'name' and/or 'email' to change, like " + EXAMPLE + ".");
        }
        Author author = author(ctx);
        Session session = session(ctx);
        String name = Fields.optional("name", input.name(), Author.NAME_LENGTH);
        if (name != null) {
            author.setName(name);
        }
        if (input.email() != null) {
            String email = email(Fields.required("email", input.email(), Author.EMAIL_LENGTH));
            session.createSelectionQuery("from Author where email = :email and id <> :id", Author.class)
                    .setParameter("email", email).setParameter("id", author.getId())
                    .uniqueResultOptional()
                    .ifPresent(other -> {
                        throw new ConflictResponse("Author " + other.getId() + " already has the email " + email
                                + "; emails are unique.", Map.of("field", "email"));
                    });
            author.setEmail(email);
        }
        session.flush();
        ctx.json(AuthorView.of(author));
    }

    /** {@code DELETE /authors/{id}}: removes an author without books (204); one with books is a 409. */
    static void delete(Context ctx) {
        Author author = author(ctx);
        Session session = session(ctx);
        long books = session.createSelectionQuery("select count(*) from Book where author = :author", Long.class)
                .setParameter("author", author).getSingleResult();
        if (books > 0) {
            throw new ConflictResponse("Author " + author.getId() + " has " + books + " book(s); delete them or give"
                    + " them another author first.");
        }
        session.remove(author);
        session.flush();
        ctx.status(204);
    }

    private static Author author(Context ctx) {
        return getOr404(ctx, Author.class, Params.id(ctx, "id"));
    }

    private static String email(String email) {
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
            throw Fields.refused("email", "Field 'email' must be an email address like ada@example.com, got '" + email + "'.");
        }
        return email;
    }
}
