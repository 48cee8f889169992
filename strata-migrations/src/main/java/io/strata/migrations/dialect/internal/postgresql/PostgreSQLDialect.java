package io.strata.migrations.dialect.internal.postgresql;

import java.util.HexFormat;
import java.util.List;

import io.strata.migrations.dialect.internal.AbstractDialect;
import io.strata.migrations.dialect.internal.SqlLiterals;
import io.strata.migrations.dialect.internal.BackfillSql;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.runner.internal.BackfillKey;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * PostgreSQL: transactional DDL, identity columns, native {@code boolean}, {@code uuid}, {@code jsonb},
 * {@code timestamp with time zone} and {@code bytea} (which has no length: {@code binary(n)} loses it).
 */
final class PostgreSQLDialect extends AbstractDialect {

    private static final SqlLiterals LITERALS = new SqlLiterals() {
        @Override
        protected String bytes(byte[] value) {
            return "'\\x" + HexFormat.of().formatHex(value) + "'";
        }
    };

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean handlesJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND LOWER(tablename) = LOWER(?)";
    }

    @Override
    public boolean forwardForeignKeys() {
        return false;
    }

    /** Standard SQL, but {@code bytea} for binary data (it has no length) and {@code jsonb}. */
    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case BINARY, BLOB -> "bytea";
            case JSON -> "jsonb";
            default -> super.typeSql(type);
        };
    }

    @Override
    protected SqlLiterals literals() {
        return LITERALS;
    }

    /** {@code TYPE x}, with {@code USING c::x} when the kind changes (e.g. text to integer needs an explicit cast). */
    @Override
    protected String alterTypeClause(AlterColumn op, Schema before) {
        ColumnType from = before.table(op.table()).flatMap(t -> t.column(op.column())).map(Column::type).orElse(null);
        String type = typeSql(op.type());
        boolean sameKind = from != null && from.kind() == op.type().kind();
        return "TYPE " + type + (sameKind ? "" : " USING " + quote(op.column()) + "::" + type);
    }

    /** Moves the identity's sequence past the inserted values, so that the next generated one is free. */
    @Override
    protected List<String> afterExplicitIdentityValues(Table table, Column identity) {
        String t = quote(table.name());
        String c = quote(identity.name());
        // the column argument is taken literally, so give it as PostgreSQL folded it: lower case unless quoted
        String column = c.equals(identity.name()) ? identity.name().toLowerCase(java.util.Locale.ROOT) : identity.name();
        return List.of("SELECT setval(pg_get_serial_sequence('" + t.replace("'", "''") + "', '" + column.replace("'", "''")
                + "'), (SELECT MAX(" + c + ") FROM " + t + "))");
    }

    /** {@code CREATE [UNIQUE] INDEX CONCURRENTLY …} when asked (run outside the transaction by the runner). */
    @Override
    protected List<String> createIndex(CreateIndex op, Schema before) {
        if (!op.concurrently()) {
            return super.createIndex(op, before);
        }
        return List.of("CREATE " + (op.index().unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + quote(op.index().name())
                + " ON " + quote(op.table()) + " (" + columnList(op.index().columns()) + ")");
    }

    /** {@code DROP INDEX CONCURRENTLY ix} when asked (run outside the transaction by the runner). */
    @Override
    protected List<String> dropIndex(DropIndex op, Schema before) {
        return op.concurrently() ? List.of("DROP INDEX CONCURRENTLY " + quote(op.name())) : super.dropIndex(op, before);
    }

    /**
     * A {@code DO} block that walks the table by primary key in batches, committing each (PostgreSQL 11+
     * allows {@code COMMIT} in a {@code DO} block run outside a transaction block), pausing between them
     * as the backfill's throttle asks.
     */
    @Override
    protected List<String> backfill(Backfill op, Schema before) {
        Table table = before.table(op.table()).orElseThrow(() -> new IllegalArgumentException(
                "cannot backfill table " + op.table() + ": the schema has no such table"));
        BackfillSql sql = new BackfillSql(this, op, BackfillKey.of(table).column());
        String key = sql.keyColumn();
        String condition = op.where().map(c -> " AND (" + c + ")").orElse("");
        String batch = " ORDER BY " + key + " LIMIT " + op.batchSize() + ") batch;";
        long pauseMillis = Math.max(op.pause().toMillis(),
                op.rowsPerSecond() > 0 ? op.batchSize() * 1000L / op.rowsPerSecond() : 0);
        StringBuilder body = new StringBuilder("DO $$\nDECLARE\n")
                .append("  lo ").append(sql.table()).append('.').append(key).append("%TYPE;\n")
                .append("  hi ").append(sql.table()).append('.').append(key).append("%TYPE;\n")
                .append("BEGIN\n")
                .append("  SELECT max(").append(key).append(") INTO hi FROM (SELECT ").append(key).append(" FROM ")
                .append(sql.table()).append(op.where().map(c -> " WHERE (" + c + ")").orElse("")).append(batch).append('\n')
                .append("  IF hi IS NULL THEN RETURN; END IF;\n")
                .append("  UPDATE ").append(sql.table()).append(' ').append(sql.setClause()).append(" WHERE ")
                .append(key).append(" <= hi").append(condition).append(";\n")
                .append("  LOOP\n")
                .append("    COMMIT;\n");
        if (pauseMillis > 0) {
            body.append("    PERFORM pg_sleep(").append(pauseMillis / 1000.0).append(");\n");
        }
        return List.of(body.append("    lo := hi;\n")
                .append("    SELECT max(").append(key).append(") INTO hi FROM (SELECT ").append(key).append(" FROM ")
                .append(sql.table()).append(" WHERE ").append(key).append(" > lo").append(condition).append(batch).append('\n')
                .append("    EXIT WHEN hi IS NULL;\n")
                .append("    UPDATE ").append(sql.table()).append(' ').append(sql.setClause()).append(" WHERE ")
                .append(key).append(" > lo AND ").append(key).append(" <= hi").append(condition).append(";\n")
                .append("  END LOOP;\n")
                .append("END $$").toString());
    }
}
