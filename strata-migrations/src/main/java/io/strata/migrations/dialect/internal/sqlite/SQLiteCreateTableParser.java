package io.strata.migrations.dialect.internal.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.strata.migrations.inspect.UnreadableTableDefinitionException;

/**
 * Reads constraint names, check expressions and {@code AUTOINCREMENT} from the {@code CREATE TABLE}
 * text SQLite keeps in {@code sqlite_master.sql}, which is the only place SQLite keeps them.
 * Everything else (columns, types, key columns, referential actions) comes from the pragmas.
 */
final class SQLiteCreateTableParser {

    /** Keywords that start a column constraint, and so end the one before. */
    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
            "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private String primaryKeyName;
    private String autoIncrementColumn;
    private final List<SQLiteTableDefinition.Unique> uniques = new ArrayList<>();
    private final List<SQLiteTableDefinition.Reference> foreignKeys = new ArrayList<>();
    private final List<SQLiteTableDefinition.Check> checks = new ArrayList<>();

    private SQLiteCreateTableParser(String sql) {
        this.sql = sql;
    }

    /** The constraints declared by one {@code CREATE TABLE} statement. */
    static SQLiteTableDefinition parse(String sql) {
        return new SQLiteCreateTableParser(sql).parse();
    }

    private SQLiteTableDefinition parse() {
        List<SQLiteToken> tokens = SQLiteTokenizer.tokenize(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).is('(') && !tokens.get(open).is("AS")) {
            open++;
        }
        if (open == tokens.size() || !tokens.get(0).is("CREATE")) {
            throw new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition, it is not a CREATE TABLE statement: " + sql);
        }
        if (tokens.get(open).is("AS")) {
            return SQLiteTableDefinition.NONE;
        }
        for (List<SQLiteToken> definition : split(tokens, open)) {
            if (definition.isEmpty()) {
                continue;
            }
            if (TABLE_CONSTRAINT_START.contains(definition.get(0).upper()) && definition.get(0).kind() == SQLiteToken.Kind.WORD) {
                tableConstraint(definition);
            } else {
                column(definition);
            }
        }
        return new SQLiteTableDefinition(primaryKeyName, autoIncrementColumn, uniques, foreignKeys, checks);
    }

    /** The comma-separated definitions between the parenthesis at {@code open} and its match. */
    private List<List<SQLiteToken>> split(List<SQLiteToken> tokens, int open) {
        List<List<SQLiteToken>> definitions = new ArrayList<>();
        List<SQLiteToken> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < tokens.size(); i++) {
            SQLiteToken t = tokens.get(i);
            if (depth == 0 && (t.is(',') || t.is(')'))) {
                definitions.add(current);
                current = new ArrayList<>();
                if (t.is(')')) {
                    return definitions;
                }
                continue;
            }
            depth += t.is('(') ? 1 : t.is(')') ? -1 : 0;
            current.add(t);
        }
        throw new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition, its column list is not closed: " + sql);
    }

    private void column(List<SQLiteToken> def) {
        String column = def.get(0).identifier();
        String name = null;
        int i = 1;
        while (i < def.size()) {
            SQLiteToken t = def.get(i);
            if (t.is("CONSTRAINT") && i + 1 < def.size()) {
                name = def.get(i + 1).identifier();
                i += 2;
                continue;
            }
            if (t.is("PRIMARY")) {
                primaryKeyName = name;
                for (i++; i < def.size() && !startsColumnConstraint(def.get(i)); i++) {
                    if (def.get(i).is("AUTOINCREMENT")) {
                        autoIncrementColumn = column;
                    }
                }
            } else if (t.is("UNIQUE")) {
                uniques.add(new SQLiteTableDefinition.Unique(name, List.of(column)));
                i++;
            } else if (t.is("CHECK")) {
                i = check(def, i + 1, name);
            } else if (t.is("REFERENCES") && i + 1 < def.size()) {
                foreignKeys.add(new SQLiteTableDefinition.Reference(name, List.of(column), def.get(i + 1).identifier()));
                i += 2;
            } else {
                i = t.is('(') ? skipGroup(def, i) : i + 1;
                continue;
            }
            name = null;
        }
    }

    private void tableConstraint(List<SQLiteToken> def) {
        String name = null;
        int i = 0;
        if (def.get(0).is("CONSTRAINT")) {
            name = def.get(1).identifier();
            i = 2;
        }
        SQLiteToken kind = def.get(i);
        if (kind.is("PRIMARY")) {
            primaryKeyName = name;
        } else if (kind.is("UNIQUE")) {
            uniques.add(new SQLiteTableDefinition.Unique(name, columnList(def, i + 1)));
        } else if (kind.is("CHECK")) {
            check(def, i + 1, name);
        } else if (kind.is("FOREIGN")) {
            int open = i + 2;
            int references = skipGroup(def, open);
            if (references + 1 >= def.size() || !def.get(references).is("REFERENCES")) {
                throw new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition, FOREIGN KEY without REFERENCES: " + sql);
            }
            foreignKeys.add(new SQLiteTableDefinition.Reference(name, columnList(def, open),
                    def.get(references + 1).identifier()));
        }
    }

    /** Records the check whose parenthesized expression starts at {@code open}; returns the index after it. */
    private int check(List<SQLiteToken> def, int open, String name) {
        int after = skipGroup(def, open);
        String expression = sql.substring(def.get(open).end(), def.get(after - 1).start()).strip();
        checks.add(new SQLiteTableDefinition.Check(name, expression));
        return after;
    }

    /** The column names of the parenthesized list at {@code open}: the first token of each item. */
    private List<String> columnList(List<SQLiteToken> def, int open) {
        int close = skipGroup(def, open) - 1;
        List<String> columns = new ArrayList<>();
        boolean itemStart = true;
        for (int i = open + 1; i < close; i++) {
            SQLiteToken t = def.get(i);
            if (itemStart) {
                columns.add(t.identifier());
            }
            itemStart = t.is(',');
        }
        return columns;
    }

    /** The index just after the group whose opening parenthesis is at {@code open}. */
    private int skipGroup(List<SQLiteToken> def, int open) {
        if (open >= def.size() || !def.get(open).is('(')) {
            throw new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition, expected '(' at offset "
                    + (open < def.size() ? def.get(open).start() : sql.length()) + " in: " + sql);
        }
        int depth = 0;
        for (int i = open; i < def.size(); i++) {
            depth += def.get(i).is('(') ? 1 : def.get(i).is(')') ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        throw new UnreadableTableDefinitionException(sql, "cannot read SQLite table definition, unbalanced parentheses in: " + sql);
    }

    private static boolean startsColumnConstraint(SQLiteToken t) {
        return t.kind() == SQLiteToken.Kind.WORD && COLUMN_CONSTRAINT_START.contains(t.upper());
    }
}
