package io.strata.migrations.operations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;

class CompatibilityClassifierTest {

    /** A table book(id bigint pk, title varchar(100) not null, n integer, isbn varchar(20)) with a unique index. */
    private static final Schema BOOK = schema(ops -> {
        ops.createTable("book", t -> t
                .column("id", bigint(), c -> c.notNull())
                .column("title", varchar(100), c -> c.notNull())
                .column("n", integer())
                .column("isbn", varchar(20))
                .primaryKey("pk_book", "id"));
        ops.createUniqueIndex("ux_book_isbn", "book", "isbn");
        ops.createIndex("ix_book_n", "book", "n");
    });

    private static Schema schema(Consumer<Ops> revision) {
        Schema schema = Schema.empty();
        for (Operation op : record(revision)) {
            schema = op.completedFrom(schema).applyTo(schema);
        }
        return schema;
    }

    private static List<Operation> record(Consumer<Ops> revision) {
        Ops ops = new Ops();
        revision.accept(ops);
        return ops.operations();
    }

    private static Verdict verdict(Consumer<Ops> revision) {
        return CompatibilityClassifier.classify(record(revision), BOOK);
    }

    @Test
    void additiveWorkIsCompatible() {
        assertThat(verdict(ops -> {
            ops.createTable("store", t -> t.column("id", bigint(), c -> c.notNull()).column("name", varchar(10), c -> c.notNull())
                    .primaryKey("pk_store", "id").unique("uq_store_name", "name"));
            ops.createUniqueIndex("ux_store_name", "store", "name");
            ops.addColumn("book", "subtitle", varchar(50));
            ops.addColumn("book", "pages", integer(), c -> c.notNull().serverDefault(ServerDefault.literal("0")));
            ops.createIndex("ix_book_title", "book", "title");
            ops.alterColumn("book", "title", c -> c.type(varchar(200)));
            ops.alterColumn("book", "n", c -> c.type(bigint()));
            ops.dropIndex("ix_book_n", "book");
        }).compatibility()).isEqualTo(Compatibility.COMPATIBLE);
    }

    @Test
    void dropsRenamesNarrowingAndNewConstraintsOnExistingColumnsAreBreaking() {
        assertBreaking(ops -> ops.dropColumn("book", "isbn"), "drops column book.isbn");
        assertBreaking(ops -> ops.dropTable("book"), "drops table book");
        assertBreaking(ops -> ops.renameTable("book", "volume"), "renames table book to volume");
        assertBreaking(ops -> ops.alterColumn("book", "isbn", c -> c.rename("code")), "renames column book.isbn to code");
        assertBreaking(ops -> ops.alterColumn("book", "title", c -> c.type(varchar(50))), "changes the type of book.title");
        assertBreaking(ops -> ops.alterColumn("book", "n", c -> c.type(varchar(5))), "changes the type of book.n");
        assertBreaking(ops -> ops.alterColumn("book", "isbn", c -> c.notNull()), "makes column book.isbn NOT NULL");
        assertBreaking(ops -> ops.addColumn("book", "pages", integer(), c -> c.notNull()),
                "adds NOT NULL column book.pages without a server default");
        assertBreaking(ops -> ops.createUniqueIndex("ux_book_title", "book", "title"), "adds unique index ux_book_title");
        assertBreaking(ops -> ops.dropIndex("ux_book_isbn", "book"), "drops unique index ux_book_isbn");
        assertBreaking(ops -> ops.createUniqueConstraint("uq_book_title", "book", "title"), "adds unique constraint uq_book_title");
        assertBreaking(ops -> ops.createCheckConstraint("ck_book_n", "book", "n > 0"), "adds check constraint ck_book_n");
    }

    @Test
    void aCheckReCreatedWithMoreAlternativesIsCompatibleAndOneThatRejectsMoreIsBreaking() {
        Schema withCheck = BOOK;
        for (Operation op : record(ops -> ops.createCheckConstraint("ck_book_isbn", "book", "isbn IN ('A', 'B')"))) {
            withCheck = op.completedFrom(withCheck).applyTo(withCheck);
        }
        Consumer<Ops> gains = ops -> ops.dropConstraint("ck_book_isbn", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_isbn", "book", "isbn IN ('A', 'B', 'C')");
        Consumer<Ops> loses = ops -> ops.dropConstraint("ck_book_isbn", "book", ConstraintKind.CHECK)
                .createCheckConstraint("ck_book_isbn", "book", "isbn IN ('A')");

        assertThat(CompatibilityClassifier.classify(record(gains), withCheck).compatibility()).isEqualTo(Compatibility.COMPATIBLE);
        Verdict narrowed = CompatibilityClassifier.classify(record(loses), withCheck);
        assertThat(narrowed.compatibility()).isEqualTo(Compatibility.BREAKING);
        assertThat(narrowed.reason()).contains("adds check constraint ck_book_isbn");
    }

    @Test
    void opaqueOperationsAreBreaking() {
        assertBreaking(ops -> ops.execute("UPDATE book SET n = 1"), "runs SQL Strata cannot judge");
        assertBreaking(ops -> ops.run("fill n", c -> { }), "runs Java code (fill n)");
    }

    @Test
    void everyBreakingReasonIsListed() {
        Verdict verdict = verdict(ops -> {
            ops.addColumn("book", "subtitle", varchar(50));
            ops.dropColumn("book", "isbn");
            ops.dropColumn("book", "n");
        });
        assertThat(verdict.reason()).isEqualTo("drops column book.isbn; drops column book.n");
    }

    private static void assertBreaking(Consumer<Ops> revision, String reason) {
        Verdict verdict = verdict(revision);
        assertThat(verdict.compatibility()).as(reason).isEqualTo(Compatibility.BREAKING);
        assertThat(verdict.reason()).contains(reason);
    }
}
