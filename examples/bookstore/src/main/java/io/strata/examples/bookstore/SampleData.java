package io.strata.examples.bookstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;

import io.strata.core.Database;
import io.strata.core.DatabaseUnreachableException;
import io.strata.examples.bookstore.models.Author;
import io.strata.examples.bookstore.models.Book;
import io.strata.examples.bookstore.models.Store;

/**
 * The seed tutorial's data: three authors, three books, two stores (Amazon sells every book,
 * Flipkart all but "Effective Communication"). Loaded when the author table is empty.
 */
public final class SampleData {

    private SampleData() {
    }

    /**
     * Loads the data in one transaction if there is no author yet; returns whether it did. Replicas
     * starting together load it once: each locks the version row first, so the others wait and then
     * find the authors (a MariaDB drill showed that racing loaders otherwise deadlock or duplicate
     * link rows under repeatable read). A database that has authors already is recognised first by one
     * plain query, without Hibernate or the lock: every start but the first costs one round trip.
     */
    public static boolean loadIfEmpty(Database db) {
        if (hasAuthors(db)) {
            // Authors are only ever added in committed transactions: once seen, the answer cannot change back.
            return false;
        }
        try {
            return db.inTransaction(session -> {
                // Replicas starting together take turns: the version row is locked until this
                // transaction ends (SQLite's immediate transactions already serialize writers).
                if (!db.isSqlite()) {
                    session.createNativeQuery("SELECT version_num FROM strata_version FOR UPDATE", Object.class)
                            .getResultList();
                }
                if (count(session) > 0) {
                    return false;
                }
                load(db);
                return true;
            });
        } finally {
            db.removeSession();
        }
    }

    /**
     * Whether the author table has a row, over a plain connection; {@code false} when that cannot be told
     * (the locked path then asks again and reports any error as it always has).
     */
    private static boolean hasAuthors(Database db) {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM author LIMIT 1")) {
            return rows.next();
        } catch (SQLException | DatabaseUnreachableException e) {
            return false;
        }
    }

    private static long count(Session session) {
        return session.createSelectionQuery("select count(*) from Author", Long.class).getSingleResult();
    }

    private static void load(Database db) {
        Author prakritish = author(db, "Prakritish Sen Eshore", "prakritish@example.com");
        Author umang = author(db, "Umang Vanjara", "umang@example.com");
        author(db, "Chandan Dutta", "chandan@example.com");
        Book ansible = book(db, "Ansible Refresher", prakritish);
        Book sqlalchemy = book(db, "Exploring SQLAlchemy", prakritish);
        Book communication = book(db, "Effective Communication", umang);
        Store amazon = db.getOrCreate(Store.class, Map.of("name", "Amazon")).instance();
        Store flipkart = db.getOrCreate(Store.class, Map.of("name", "Flipkart")).instance();
        for (Book book : List.of(ansible, sqlalchemy, communication)) {
            book.getStores().add(amazon);
            if (book != communication) {
                book.getStores().add(flipkart);
            }
        }
        db.session().flush();
    }

    private static Author author(Database db, String name, String email) {
        return db.getOrCreate(Author.class, Map.of("email", email), Map.of("name", name)).instance();
    }

    private static Book book(Database db, String name, Author author) {
        return db.getOrCreate(Book.class, Map.of("name", name), Map.of("author", author)).instance();
    }
}
