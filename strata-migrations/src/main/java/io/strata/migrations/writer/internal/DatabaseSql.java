package io.strata.migrations.writer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.strata.migrations.dialect.internal.ColumnCopies;
import io.strata.migrations.dialect.internal.ColumnCopy;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.runner.internal.BackfillKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.ColumnType;

/**
 * The per-database statements an expand/contract revision carries, as {@code ops.execute(null, Map.of(…))}
 * calls: each database's SQL comes from its own package ({@link ColumnCopies}).
 */
final class DatabaseSql {

    private DatabaseSql() {
    }

    /** The statements each database gives, the i-th of every database in the i-th execute (none when no database gives any). */
    static List<Execute> each(Function<DatabaseSupport, List<String>> statements) {
        Map<String, List<String>> byDatabase = new TreeMap<>();
        int most = 0;
        for (DatabaseSupport database : Databases.all()) {
            List<String> sql = statements.apply(database);
            if (!sql.isEmpty()) {
                byDatabase.put(database.name(), sql);
                most = Math.max(most, sql.size());
            }
        }
        List<Execute> executes = new ArrayList<>();
        boolean everywhere = byDatabase.size() == Databases.all().size();
        for (int i = 0; i < most; i++) {
            Map<String, String> variants = new TreeMap<>();
            int index = i;
            byDatabase.forEach((name, sql) -> {
                if (index < sql.size()) {
                    variants.put(name, sql.get(index));
                }
            });
            boolean same = everywhere && variants.size() == byDatabase.size() && Set.copyOf(variants.values()).size() == 1;
            executes.add(same ? Execute.sql(variants.values().iterator().next()) : new Execute(null, variants));
        }
        return executes;
    }

    /** The triggers that keep {@code copy}, where the database has SQL triggers. */
    static List<Execute> createTriggers(ColumnCopy copy) {
        return each(d -> d.columnCopies().createTriggers(copy));
    }

    /** The statements dropping them. */
    static List<Execute> dropTriggers(ColumnCopy copy) {
        return each(d -> d.columnCopies().dropTriggers(copy));
    }

    /**
     * {@code UPDATE table SET to = <from converted to type (null: as it is)> WHERE condition} on every database, or only on
     * those without SQL triggers when {@code withoutTriggersOnly} (a catch-up of what the triggers did elsewhere).
     */
    static List<Execute> copy(String table, String from, String to, ColumnType type, String condition,
            boolean withoutTriggersOnly) {
        return each(d -> {
            ColumnCopies copies = d.columnCopies();
            if (withoutTriggersOnly && copies.hasTriggers()) {
                return List.of();
            }
            var dialect = d.dialect();
            return List.of("UPDATE " + dialect.quote(table) + " SET " + dialect.quote(to) + " = "
                    + (type == null ? dialect.quote(from) : copies.convert(dialect.quote(from), type)) + (condition == null ? "" : " WHERE " + condition.replace(
                            "{from}", dialect.quote(from)).replace("{to}", dialect.quote(to))));
        });
    }

    /**
     * The expand's fill of {@code to} from {@code from} (converted to {@code type}; {@code null}: as it is) where
     * {@code condition} holds, as one batched, resumable {@link Backfill} when {@code table} can be walked by its
     * key and every database spells the condition alike; otherwise as the single {@code UPDATE} of {@link #copy}.
     */
    static List<Operation> backfillCopy(Table table, String from, String to, ColumnType type, String condition) {
        Map<String, String> expressions = new TreeMap<>();
        Set<String> conditions = new java.util.HashSet<>();
        for (DatabaseSupport d : Databases.all()) {
            var dialect = d.dialect();
            expressions.put(dialect.name(), type == null ? dialect.quote(from) : d.columnCopies().convert(dialect.quote(from), type));
            conditions.add(condition == null ? "" : condition.replace("{from}", dialect.quote(from)).replace("{to}", dialect.quote(to)));
        }
        if (!walkable(table) || conditions.size() != 1) {
            return List.copyOf(copy(table.name(), from, to, type, condition, false));
        }
        return List.of(backfill(table.name(), to, expressions, conditions.iterator().next()));
    }

    /** The expand's fill of the NULLs of {@code column} with {@code value}: a {@link Backfill} where the table allows, else {@link #fill}. */
    static List<Operation> backfillNulls(Table table, String column, String value) {
        if (!walkable(table)) {
            return List.copyOf(fill(table.name(), column, value));
        }
        Map<String, String> expressions = new TreeMap<>();
        Databases.all().forEach(d -> expressions.put(d.dialect().name(), value));
        return List.of(backfill(table.name(), column, expressions, column + " IS NULL"));
    }

    private static Backfill backfill(String table, String column, Map<String, String> byDialect, String condition) {
        // The most common expression is the one every database without a variant uses.
        Map<String, Integer> uses = new TreeMap<>();
        byDialect.values().forEach(e -> uses.merge(e, 1, Integer::sum));
        String common = uses.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, String> variants = new TreeMap<>(byDialect);
        variants.values().removeIf(common::equals);
        return new Backfill(table, List.of(new Backfill.Assignment(column, common, variants)),
                condition.isEmpty() ? null : condition, Backfill.DEFAULT_BATCH_SIZE, null, 0);
    }

    /** Whether a backfill can walk the table (a single-column integer or text primary key). */
    private static boolean walkable(Table table) {
        try {
            BackfillKey.of(table);
            return true;
        } catch (MigrationException e) {
            return false;
        }
    }

    /** {@code UPDATE table SET column = value WHERE column IS NULL} on every database. */
    static List<Execute> fill(String table, String column, String value) {
        return each(d -> List.of("UPDATE " + d.dialect().quote(table) + " SET " + d.dialect().quote(column) + " = " + value
                + " WHERE " + d.dialect().quote(column) + " IS NULL"));
    }

    /** The names of the databases that keep copies with SQL triggers, for comments. */
    static List<String> withTriggers() {
        return Databases.all().stream().filter(d -> d.columnCopies().hasTriggers()).map(DatabaseSupport::displayName).toList();
    }

    /** The names of the databases that do not. */
    static List<String> withoutTriggers() {
        return Databases.all().stream().filter(d -> !d.columnCopies().hasTriggers()).map(DatabaseSupport::displayName).toList();
    }
}
