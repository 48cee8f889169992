package io.strata.migrations.dialect.internal.mariadb;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * InnoDB's indexes for foreign keys, which the neutral schema does not show. InnoDB needs an index
 * whose leading columns are a key's columns: it creates one named like the key when none exists,
 * drops that one by itself once another index covers the key, refuses to drop the last index that
 * covers a key, and leaves its own index behind when the key is dropped. So before dropping an index
 * (or unique or primary key) that is a key's only cover, Strata creates the index InnoDB would have,
 * named like the key; and when a key is dropped, drops the index named like it.
 */
final class ForeignKeyIndexes {

    /** The name of the primary key among the covering indexes. */
    static final String PRIMARY = "PRIMARY";

    private ForeignKeyIndexes() {
    }

    /** The statements that give each foreign key of the table covered only by {@code index} an index of its own. */
    static List<String> keepCovered(MariaDBDialect dialect, Schema before, String tableName, String index) {
        Table table = before.table(tableName).orElse(null);
        if (table == null) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        List<List<String>> covers = covers(table, index);
        for (ForeignKey fk : table.foreignKeys()) {
            boolean coveredByDropped = coveringColumns(table, index).stream().anyMatch(cols -> leads(cols, fk.columns()));
            boolean coveredByOther = covers.stream().anyMatch(cols -> leads(cols, fk.columns()));
            if (coveredByDropped && !coveredByOther) {
                statements.add("CREATE INDEX " + dialect.quote(fk.name()) + " ON " + dialect.quote(table.name())
                        + " (" + String.join(", ", fk.columns().stream().map(dialect::quote).toList()) + ")");
            }
        }
        return statements;
    }

    /** {@code DROP FOREIGN KEY}, then the index InnoDB may have made for it (unless the schema has an index of that name). */
    static List<String> dropWithItsIndex(MariaDBDialect dialect, Schema before, String tableName, String key) {
        String t = dialect.quote(tableName);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + t + " DROP FOREIGN KEY " + dialect.quote(key));
        Table table = before.table(tableName).orElse(null);
        boolean declared = table != null && (table.indexes().stream().anyMatch(ix -> ix.name().equalsIgnoreCase(key))
                || table.uniqueConstraints().stream().anyMatch(u -> u.name().equalsIgnoreCase(key)));
        if (!declared) {
            statements.add("DROP INDEX IF EXISTS " + dialect.quote(key) + " ON " + t);
        }
        return statements;
    }

    /** The column lists of the table's indexes, unique constraints and primary key, except the named one. */
    private static List<List<String>> covers(Table table, String except) {
        List<List<String>> all = new ArrayList<>();
        if (table.primaryKey() != null && !PRIMARY.equals(except)) {
            all.add(table.primaryKey().columns());
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (!u.name().equalsIgnoreCase(except)) {
                all.add(u.columns());
            }
        }
        for (Index ix : table.indexes()) {
            if (!ix.name().equalsIgnoreCase(except)) {
                all.add(ix.columns());
            }
        }
        return all;
    }

    /** The column list of the named index, unique constraint or (for {@link #PRIMARY}) primary key. */
    private static List<List<String>> coveringColumns(Table table, String name) {
        List<List<String>> found = new ArrayList<>();
        if (PRIMARY.equals(name) && table.primaryKey() != null) {
            found.add(table.primaryKey().columns());
        }
        table.uniqueConstraints().stream().filter(u -> u.name().equalsIgnoreCase(name)).forEach(u -> found.add(u.columns()));
        table.indexes().stream().filter(ix -> ix.name().equalsIgnoreCase(name)).forEach(ix -> found.add(ix.columns()));
        return found;
    }

    /** Whether {@code columns} start with {@code key} (any case). */
    private static boolean leads(List<String> columns, List<String> key) {
        if (columns.size() < key.size()) {
            return false;
        }
        for (int i = 0; i < key.size(); i++) {
            if (!columns.get(i).equalsIgnoreCase(key.get(i))) {
                return false;
            }
        }
        return true;
    }
}
