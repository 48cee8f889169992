package io.strata.testing;

/** PostgreSQL at 127.0.0.1:5432 unless configured (see {@link ServerKind}). */
final class PostgreSQLKind extends ServerKind {

    PostgreSQLKind() {
        super("postgresql", "127.0.0.1:5432");
    }

    @Override
    String adminJdbcUrl(String host) {
        return "jdbc:postgresql://" + host + "/postgres?connectTimeout=3";
    }

    @Override
    String dropSql(String name) {
        return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    }

    @Override
    String existsSql() {
        return "SELECT 1 FROM pg_database WHERE datname = ?";
    }
}
