package io.strata.migrations.diff.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ColumnType.Kind;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;

/** When two schema objects count as the same: names without case, values by meaning. */
final class Equivalence {

    private static final Set<Kind> NUMERIC = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL,
            Kind.FLOAT, Kind.DOUBLE);
    private static final Set<String> TRUE = Set.of("1", "true", "t", "y", "yes", "on");
    private static final Set<String> FALSE = Set.of("0", "false", "f", "n", "no", "off");

    private Equivalence() {
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Same columns; same name unless one of them is MariaDB's {@code PRIMARY}, which stands for any name. */
    static boolean samePrimaryKey(PrimaryKey a, PrimaryKey b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameColumns(a.columns(), b.columns()) && (a.name().equalsIgnoreCase(b.name())
                || SchemaInspector.isUnnamed(a) || SchemaInspector.isUnnamed(b));
    }

    static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return sameColumns(a.columns(), b.columns()) && a.referencedTable().equalsIgnoreCase(b.referencedTable())
                && sameColumns(a.referencedColumns(), b.referencedColumns())
                && a.onDelete() == b.onDelete() && a.onUpdate() == b.onUpdate();
    }

    static boolean sameIndex(Index a, Index b) {
        return a.unique() == b.unique() && sameColumns(a.columns(), b.columns());
    }

    /** Same condition once both are canonical ({@link CheckExpression}); names are matched by the caller. */
    static boolean sameCheck(CheckConstraint a, CheckConstraint b) {
        return CheckExpression.same(a.expression(), b.expression());
    }

    /** Whether the column accepts {@code NULL}: primary key columns never do, whatever they declare. */
    static boolean effectiveNullable(Column c, Table t) {
        return c.nullable() && !(t.primaryKey() != null
                && t.primaryKey().columns().stream().anyMatch(n -> n.equalsIgnoreCase(c.name())));
    }

    /** Defaults by meaning: numbers by value, booleans by truth, SQL keywords without case, strings exactly. */
    static boolean sameDefault(ColumnType type, ServerDefault a, ServerDefault b) {
        if (a == null || b == null) {
            return a == b;
        }
        String x = a.sql().strip();
        String y = b.sql().strip();
        if (x.equals(y)) {
            return true;
        }
        if (NUMERIC.contains(type.kind())) {
            BigDecimal m = number(unquote(x));
            BigDecimal n = number(unquote(y));
            if (m != null && n != null) {
                return m.compareTo(n) == 0;
            }
        }
        if (type.kind() == Kind.BOOLEAN) {
            Boolean m = truth(unquote(x));
            Boolean n = truth(unquote(y));
            if (m != null && n != null) {
                return m.equals(n);
            }
        }
        return !x.startsWith("'") && !y.startsWith("'") && x.equalsIgnoreCase(y);
    }

    private static String unquote(String sql) {
        return sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") ? sql.substring(1, sql.length() - 1) : sql;
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean truth(String s) {
        String v = s.toLowerCase(Locale.ROOT);
        return TRUE.contains(v) ? Boolean.TRUE : FALSE.contains(v) ? Boolean.FALSE : null;
    }

    /** Whether an SQL expression mentions the column as a whole word (how databases tie checks to columns). */
    static boolean mentions(String expression, String column) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(column) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE)
                .matcher(expression).find();
    }
}
