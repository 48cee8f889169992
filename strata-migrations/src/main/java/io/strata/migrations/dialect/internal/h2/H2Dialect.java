package io.strata.migrations.dialect.internal.h2;

import java.util.List;

import io.strata.migrations.dialect.internal.AbstractDialect;
import io.strata.migrations.dialect.internal.SqlLiterals;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.Table;

/**
 * H2 2.x: standard SQL almost throughout. DDL commits the open transaction, so it is not
 * transactional. {@code text} is {@code character varying} without a length (H2 caps it at
 * 1,000,000 characters) so that it compares and sorts like a string; {@code blob} is a binary large object.
 */
final class H2Dialect extends AbstractDialect {

    private static final SqlLiterals LITERALS = new SqlLiterals() {
        @Override
        protected String json(String value) {
            return "JSON " + string(value); // a plain string literal would be stored as a JSON string value
        }
    };

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean handlesJdbcUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public int maxIdentifierLength() {
        return 256;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM information_schema.tables WHERE table_schema = SCHEMA() AND LOWER(table_name) = LOWER(?)";
    }

    @Override
    public boolean forwardForeignKeys() {
        return false;
    }

    /** Standard SQL, but {@code text} is an unbounded {@code character varying} (see the class comment). */
    @Override
    public String typeSql(ColumnType type) {
        return type.kind() == ColumnType.Kind.TEXT ? "character varying" : super.typeSql(type);
    }

    @Override
    protected SqlLiterals literals() {
        return LITERALS;
    }

    /** Restarts the identity after the largest inserted value, so that the next generated one is free. */
    @Override
    protected List<String> afterExplicitIdentityValues(Table table, Column identity) {
        String c = quote(identity.name());
        String t = quote(table.name());
        return List.of("ALTER TABLE " + t + " ALTER COLUMN " + c + " RESTART WITH (SELECT MAX(" + c + ") + 1 FROM " + t + ")");
    }
}
