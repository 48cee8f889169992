package io.strata.migrations.dialect.internal;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.varchar;

import java.util.List;
import java.util.function.Consumer;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;

/**
 * Renders operations of the {@link Ops} DSL with one dialect against a known schema, for exact SQL
 * assertions: {@code fixture.sql(ops -> ops.addColumn("book", "isbn", varchar(20)))}.
 */
public final class OpFixture {

    private final Dialect dialect;

    private OpFixture(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A fixture for the named dialect. */
    public static OpFixture of(String dialect) {
        return new OpFixture(Dialects.byName(dialect));
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * The schema the operations are rendered against: {@code author(id, name)} with
     * {@code uq_author_name}, and {@code book(id, author_id, title, price)} with a cascading foreign
     * key, {@code ck_book_price} and {@code ix_book_title}.
     */
    public static Schema library() {
        Ops ops = new Ops()
                .createTable("author", t -> t
                        .column("id", bigint(), c -> c.autoIncrement())
                        .column("name", varchar(100), c -> c.notNull())
                        .primaryKey("pk_author", "id")
                        .unique("uq_author_name", "name"))
                .createTable("book", t -> t
                        .column("id", bigint(), c -> c.autoIncrement())
                        .column("author_id", bigint(), c -> c.notNull())
                        .column("title", varchar(200), c -> c.notNull())
                        .column("price", decimal(10, 2), c -> c.notNull().serverDefault("0"))
                        .primaryKey("pk_book", "id")
                        .foreignKey("fk_book_author_id_author", fk -> fk.columns("author_id").references("author", "id")
                                .onDelete(ReferentialAction.CASCADE))
                        .check("ck_book_price", "price >= 0")
                        .index("ix_book_title", "title"));
        Schema schema = Schema.empty();
        for (Operation op : ops.operations()) {
            schema = op.applyTo(schema);
        }
        return schema;
    }

    /** The SQL of the operations the lambda records, each rendered against the library schema as changed by the ones before. */
    public List<String> sql(Consumer<Ops> operations) {
        Ops ops = new Ops();
        operations.accept(ops);
        return dialect.renderAll(ops.operations(), library());
    }

    /** The SQL of one operation rendered against an empty schema. */
    public List<String> sqlOnEmpty(Operation op) {
        return dialect.render(op, Schema.empty());
    }
}
