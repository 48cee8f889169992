package io.strata.migrations.names;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Ops;

class IdentifierLimitsTest {

    private static final List<Dialect> ALL = Dialects.all();

    @Test
    void theSmallestLimitIsPostgreSQLs63AndEachDialectDeclaresItsOwn() {
        assertThat(IdentifierLimits.smallest()).isEqualTo(63);
        assertThat(ALL).extracting(Dialect::name, Dialect::maxIdentifierLength)
                .contains(org.assertj.core.groups.Tuple.tuple("postgresql", 63),
                        org.assertj.core.groups.Tuple.tuple("mariadb", 64),
                        org.assertj.core.groups.Tuple.tuple("h2", 256),
                        org.assertj.core.groups.Tuple.tuple("sqlite", 128));
    }

    @Test
    void aNameOf64CharactersIsTooLongForPostgreSQLOnlyAndOneOf65ForMariaDBToo() {
        String fk64 = LongNames.of("fk_book_author_", 64);
        String fk65 = LongNames.of("fk_book_author_", 65);

        assertThat(IdentifierLimits.violations(new Ops().createForeignKey(fk64, "book", "author_id", "author", "id")
                .operations(), ALL)).containsExactly(
                        new IdentifierViolation("foreign key", fk64, "book", 64, 63, "PostgreSQL"));
        assertThat(IdentifierLimits.violations(new Ops().createForeignKey(fk65, "book", "author_id", "author", "id")
                .operations(), ALL)).extracting(IdentifierViolation::database, IdentifierViolation::limit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PostgreSQL", 63),
                        org.assertj.core.groups.Tuple.tuple("MariaDB/MySQL", 64));
        assertThat(IdentifierLimits.violations(new Ops().createForeignKey(LongNames.of("fk_", 63), "book",
                "author_id", "author", "id").operations(), ALL)).isEmpty();
    }

    @Test
    void everyNameAnOperationIntroducesIsChecked() {
        String t = LongNames.of("t_", 64);
        Ops ops = new Ops()
                .createTable(t, b -> b
                        .column(LongNames.of("c_", 64), bigint(), c -> c.notNull())
                        .column("ref", bigint())
                        .primaryKey(LongNames.of("pk_", 64), LongNames.of("c_", 64))
                        .foreignKey(LongNames.of("fk_", 64), "ref", "other", "id")
                        .unique(LongNames.of("uq_", 64), "ref")
                        .index(LongNames.of("ix_", 64), "ref")
                        .check(LongNames.of("ck_", 64), "ref > 0"))
                .renameTable("a", LongNames.of("rt_", 64))
                .addColumn("a", LongNames.of("ac_", 64), varchar(10))
                .alterColumn("a", "b", c -> c.rename(LongNames.of("rc_", 64)))
                .createIndex(LongNames.of("ci_", 64), "a", "b")
                .renameIndex("a", "ix_a", LongNames.of("ri_", 64))
                .createPrimaryKey(LongNames.of("cp_", 64), "a", "b")
                .createUniqueConstraint(LongNames.of("cu_", 64), "a", "b")
                .createCheckConstraint(LongNames.of("cc_", 64), "a", "b > 0")
                .renameConstraint("a", "uq_a", LongNames.of("rn_", 64), ConstraintKind.UNIQUE);

        List<IdentifierViolation> found = IdentifierLimits.violations(ops.operations(), ALL);

        assertThat(found).extracting(v -> v.kind() + " " + v.identifier().substring(0, 3)).containsExactly(
                "table t_x", "column c_x", "primary key pk_", "foreign key fk_", "unique constraint uq_",
                "index ix_", "check constraint ck_", "table rt_", "column ac_", "column rc_", "index ci_",
                "index ri_", "primary key cp_", "unique constraint cu_", "check constraint cc_",
                "unique constraint rn_");
        assertThat(found).allSatisfy(v -> {
            assertThat(v.length()).isEqualTo(64);
            assertThat(v.database()).isEqualTo("PostgreSQL");
        });
    }

    @Test
    void namesAnOperationOnlyRefersToAreNotItsToCheck() {
        String old = LongNames.of("ix_", 70);
        Ops ops = new Ops().dropIndex(old, "book").dropConstraint(old, "book", ConstraintKind.UNIQUE)
                .dropColumn("book", old).dropTable(old).renameIndex("book", old, "ix_book_short")
                .execute("CREATE INDEX " + old + " ON book (title)");

        assertThat(IdentifierLimits.violations(ops.operations(), ALL)).isEmpty();
    }

    @Test
    void aViolationDescribesTheNameItsLengthTheLimitAndTheDatabase() {
        String name = LongNames.of("uq_book_", 65);
        IdentifierViolation v = IdentifierLimits.violations(new Ops().createUniqueConstraint(name, "book", "isbn")
                .operations().get(0), List.of(Dialects.byName("mariadb"))).get(0);

        assertThat(v.describe()).isEqualTo("unique constraint '" + name + "' on table book is 65 characters,"
                + " longer than MariaDB/MySQL's limit of 64");
    }
}
