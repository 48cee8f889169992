package io.strata.migrations.runner.chain;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "c3", parents = "b2", message = "seed authors and a book")
public final class C3SeedAuthors implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.bulkInsert("author", List.of(Map.of("id", 1, "name", "Ann"), Map.of("id", 2, "name", "Bob")));
        ops.run("add Ann's first book", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO book (id, title, author_id, isbn) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setString(2, "First");
                ps.setLong(3, 1);
                ps.setString(4, "978-0");
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void downgrade(Ops ops) {
        ops.execute("DELETE FROM book");
        ops.execute("DELETE FROM author");
    }
}
