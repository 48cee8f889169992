package io.strata.benchmarks.twin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The bookstore written by hand: Javalin (the bookstore's version and defaults), a HikariCP pool configured
 * as Strata configures its own, and prepared JDBC statements. It serves the four routes the HTTP benchmark
 * loads, with the bookstore's JSON and statuses:
 *
 * <ul>
 * <li>{@code GET /authors/{id}}: the author, then their books by id (two queries, as the bookstore's);
 * <li>{@code GET /books?page&per_page}: a count, then the page's books joined with their authors
 * ({@code LIMIT per_page + 1} tells whether a next page exists);
 * <li>{@code POST /authors} {@code {"email": …, "name": …}}: the author with that email (200), else created
 * (201), in one transaction: a select, then {@code INSERT … ON CONFLICT (email) DO NOTHING RETURNING}
 * (PostgreSQL and SQLite alike; race-safe without a savepoint), then a select again only if a concurrent
 * request inserted the email first;
 * <li>{@code GET /healthz/ready}: the version table compared with the latest revision (known when the
 * twin is written), under a query timeout.
 * </ul>
 *
 * <p>The bodies are checked as the bookstore checks them (JSON object, known fields, lengths, email
 * shape); errors answer {@code {"error": …, "status": …}}. The write request runs in one transaction; the
 * reads run in autocommit mode, as a hand-written application reads.
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.twin.Twin 7071 jdbc:postgresql://127.0.0.1:5432/db user password
 * java -cp benchmarks.jar io.strata.benchmarks.twin.Twin 7071 jdbc:sqlite:/tmp/bookstore.db
 * </pre>
 */
public final class Twin implements AutoCloseable {

    /** The latest revision of the bookstore's migrations (the head the readiness route expects). */
    public static final String HEAD = "c599c80779e8";
    /** The page size when the request has no {@code per_page} (the plugin's default). */
    static final int DEFAULT_PER_PAGE = 20;
    /** The largest page size served (Strata's default cap). */
    static final int MAX_PER_PAGE = 100;
    /** The longest name and email of an author (the columns' lengths). */
    static final int NAME_LENGTH = 30;
    static final int EMAIL_LENGTH = 30;

    private static final String AUTHOR = "SELECT id, name, email FROM author WHERE id = ?";
    private static final String BOOKS_OF_AUTHOR = "SELECT id, name FROM book WHERE author_id = ? ORDER BY id";
    private static final String COUNT_BOOKS = "SELECT count(*) FROM book";
    private static final String PAGE_OF_BOOKS = "SELECT b.id, b.name, a.id, a.name, a.email FROM book b"
            + " LEFT JOIN author a ON a.id = b.author_id ORDER BY b.id LIMIT ? OFFSET ?";
    private static final String AUTHOR_BY_EMAIL = "SELECT id, name, email FROM author WHERE email = ?";
    private static final String INSERT_AUTHOR = "INSERT INTO author (email, name) VALUES (?, ?)"
            + " ON CONFLICT (email) DO NOTHING RETURNING id, name, email";
    private static final String VERSIONS = "SELECT version_num FROM strata_version";
    private static final String EXAMPLE = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}";
    private static final Set<String> AUTHOR_FIELDS = Set.of("name", "email");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final HikariDataSource pool;
    private final Javalin app;

    private Twin(HikariDataSource pool, Javalin app) {
        this.pool = pool;
        this.app = app;
    }

    /** Arguments: port, JDBC URL, then user and password for PostgreSQL. */
    public static void main(String[] args) {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: Twin <port> <jdbc-url> [<user> <password>]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Twin twin = start(Integer.parseInt(args[0]), args[1], args.length == 4 ? args[2] : null,
                args.length == 4 ? args[3] : null);
        System.err.println("Twin serving http://localhost:" + twin.port() + "/, ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        Runtime.getRuntime().addShutdownHook(new Thread(twin::close, "twin-shutdown"));
    }

    /** Starts serving on {@code port} ({@code 0}: any free port) over the database at {@code jdbcUrl}. */
    public static Twin start(int port, String jdbcUrl, String user, String password) {
        HikariDataSource pool = pool(jdbcUrl, user, password);
        Twin[] twin = new Twin[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/authors/{id}", ctx -> twin[0].author(ctx));
            config.routes.get("/books", ctx -> twin[0].books(ctx));
            config.routes.post("/authors", ctx -> twin[0].getOrCreateAuthor(ctx));
            config.routes.get("/healthz/ready", ctx -> twin[0].ready(ctx));
            config.routes.exception(Refusal.class, (e, ctx) -> answer(ctx, e.status, e.getMessage()));
            config.routes.exception(SQLException.class, (e, ctx) -> {
                System.err.println(ctx.method() + " " + ctx.path() + " failed: " + e);
                answer(ctx, 500, "The request could not be completed; nothing was changed.");
            });
        });
        twin[0] = new Twin(pool, app);
        app.start(port);
        return twin[0];
    }

    /** The pool, configured as Strata's {@code ConnectionPool} configures its own for the same URL. */
    static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("twin");
        config.setConnectionTimeout(5_000);
        config.setMinimumIdle(2);
        config.setInitializationFailTimeout(-1);
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("connectTimeout", "5");
            config.addDataSourceProperty("ApplicationName", "twin");
        }
        return new HikariDataSource(config);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving and closes the pool. */
    @Override
    public void close() {
        app.stop();
        pool.close();
    }

    /** {@code GET /authors/{id}}. */
    void author(Context ctx) throws SQLException {
        long id = id(ctx.pathParam("id"));
        try (Connection c = pool.getConnection()) {
            TwinJson.Author author;
            try (PreparedStatement ps = c.prepareStatement(AUTHOR)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new Refusal(404, "Author " + id + " was not found.");
                    }
                    author = new TwinJson.Author(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
            List<TwinJson.BookRef> books = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(BOOKS_OF_AUTHOR)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        books.add(new TwinJson.BookRef(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            ctx.json(new TwinJson.AuthorDetail(author.id(), author.name(), author.email(), books));
        }
    }

    /** {@code GET /books?page&per_page}. */
    void books(Context ctx) throws SQLException {
        int page = pageParam(ctx, "page", 1);
        int size = Math.min(pageParam(ctx, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        try (Connection c = pool.getConnection()) {
            long total;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COUNT_BOOKS)) {
                rs.next();
                total = rs.getLong(1);
            }
            int pages = (int) Math.max(1, (total + size - 1) / size);
            if (page > pages) {
                throw new Refusal(404, "Page " + page + " is past the last page (" + pages + ").");
            }
            List<TwinJson.Book> items = new ArrayList<>(size + 1);
            try (PreparedStatement ps = c.prepareStatement(PAGE_OF_BOOKS)) {
                ps.setInt(1, size + 1);
                ps.setLong(2, (long) (page - 1) * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long authorId = rs.getLong(3);
                        TwinJson.Author author = rs.wasNull() ? null
                                : new TwinJson.Author(authorId, rs.getString(4), rs.getString(5));
                        items.add(new TwinJson.Book(rs.getLong(1), rs.getString(2), author));
                    }
                }
            }
            boolean hasNext = items.size() > size;
            ctx.json(new TwinJson.Page<>(hasNext ? items.subList(0, size) : items, page, size, total, pages, page > 1,
                    hasNext, page > 1 ? page - 1 : null, hasNext ? page + 1 : null));
        }
    }

    /** {@code POST /authors}: found (200) or created (201) by email. */
    void getOrCreateAuthor(Context ctx) throws SQLException {
        JsonNode body = body(ctx);
        String email = text(body, "email", EMAIL_LENGTH);
        if (email == null) {
            throw new Refusal(400, "Field 'email' is required (a string of 1 to " + EMAIL_LENGTH + " characters).");
        }
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1
                || email.chars().anyMatch(Character::isWhitespace)) {
            throw new Refusal(400, "Field 'email' must be an email address like ada@example.com, got '" + email + "'.");
        }
        String name = text(body, "name", NAME_LENGTH);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                TwinJson.Author author = byEmail(c, email);
                boolean created = false;
                if (author == null) {
                    try (PreparedStatement ps = c.prepareStatement(INSERT_AUTHOR)) {
                        ps.setString(1, email);
                        ps.setString(2, name);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                author = new TwinJson.Author(rs.getLong(1), rs.getString(2), rs.getString(3));
                                created = true;
                            }
                        }
                    }
                    if (author == null) {
                        // A concurrent request inserted the email between the select and the insert.
                        author = byEmail(c, email);
                    }
                }
                c.commit();
                ctx.status(created ? 201 : 200).json(author);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** {@code GET /healthz/ready}: 200 when the database is at the latest revision, else 503. */
    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> versions = new ArrayList<>();
        boolean answered;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(3);
            try (ResultSet rs = s.executeQuery(VERSIONS)) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            answered = true;
        } catch (SQLException | RuntimeException e) {
            answered = false;
        }
        boolean ready = answered && versions.equals(List.of(HEAD));
        body.put("ready", ready);
        body.put("status", ready ? "UP_TO_DATE" : answered ? "UPGRADE_AVAILABLE" : "NO_INFO");
        if (answered && !ready) {
            body.put("currentRevision", String.join(",", versions));
            body.put("latestRevision", HEAD);
        }
        ctx.status(ready ? 200 : 503).json(body);
    }

    private static TwinJson.Author byEmail(Connection c, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AUTHOR_BY_EMAIL)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new TwinJson.Author(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    private static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw new Refusal(400, "The request needs a JSON object body, like " + EXAMPLE + ".");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "The body is not valid JSON (" + e.getOriginalMessage() + "). Send an object like "
                    + EXAMPLE + ".");
        }
        if (node == null || !node.isObject()) {
            throw new Refusal(400, "The body must be a JSON object, like " + EXAMPLE + ".");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!AUTHOR_FIELDS.contains(name)) {
                throw new Refusal(400, "Unknown field '" + name + "'; the fields are [email, name].");
            }
        }
        return node;
    }

    /** A non-blank string field of at most {@code maxLength} characters, or null when absent. */
    private static String text(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new Refusal(400, "Field '" + field + "' must be a non-blank string.");
        }
        String text = value.textValue();
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new Refusal(400, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return text;
    }

    private static long id(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Refusal(400, "Path parameter 'id' must be a whole number of 1 or more, got '" + raw + "'.");
    }

    private static int pageParam(Context ctx, String name, int absent) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        String value = raw.strip();
        boolean digits = !value.isEmpty() && value.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        int number = !digits ? 0 : value.length() > 10 ? Integer.MAX_VALUE
                : (int) Math.min(Long.parseLong(value), Integer.MAX_VALUE);
        if (number < 1) {
            throw new Refusal(400, "Query parameter '" + name + "' must be a whole number of 1 or more, got '" + raw + "'.");
        }
        return number;
    }

    private static void answer(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        ctx.status(status).json(body);
    }

    /** A request the twin refuses, with its status. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
