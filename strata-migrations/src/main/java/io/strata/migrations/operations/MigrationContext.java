package io.strata.migrations.operations;

import java.util.Locale;

import io.strata.migrations.schema.Schema;

/**
 * What a revision may ask about the database it is recorded for, through {@link Ops#context()}:
 * the seed's {@code is_sqlite()} and {@code exists_in_db()} helpers.
 *
 * <pre>{@code
 * public void upgrade(Ops ops) {
 *     if (!ops.context().existsInDb("book", "isbn")) {
 *         ops.addColumn("book", "isbn", varchar(20));
 *     }
 * }
 * }</pre>
 *
 * Online (upgrade, downgrade, sync) the answers come from the live database; when SQL is rendered
 * offline or the schema is replayed, they come from the schema the earlier revisions produce, so a
 * revision that branches on them replays the way it ran only if the database matched its revisions.
 */
public interface MigrationContext {

    /** The dialect's name ({@code sqlite}, {@code h2}, {@code postgresql}, {@code mariadb}), or {@code none} during replay. */
    String dialect();

    /** Whether the table exists. */
    boolean existsInDb(String table);

    /** Whether the column exists in the table. */
    boolean existsInDb(String table, String column);

    /** Whether this is SQLite. */
    default boolean isSqlite() {
        return "sqlite".equals(dialect());
    }

    /** A context answering from a known schema (offline rendering, replay). */
    static MigrationContext of(String dialect, Schema schema) {
        return new MigrationContext() {
            @Override
            public String dialect() {
                return dialect.toLowerCase(Locale.ROOT);
            }

            @Override
            public boolean existsInDb(String table) {
                return schema.table(table).isPresent();
            }

            @Override
            public boolean existsInDb(String table, String column) {
                return schema.table(table).flatMap(t -> t.column(column)).isPresent();
            }
        };
    }
}
