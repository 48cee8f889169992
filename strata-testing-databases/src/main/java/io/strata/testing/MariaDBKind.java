package io.strata.testing;

/** MariaDB at 127.0.0.1:3306 unless configured (see {@link ServerKind}). */
final class MariaDBKind extends ServerKind {

    MariaDBKind() {
        super("mariadb", "127.0.0.1:3306");
    }

    @Override
    String adminJdbcUrl(String host) {
        return "jdbc:mariadb://" + host + "/?connectTimeout=3000";
    }

    @Override
    String dropSql(String name) {
        return "DROP DATABASE IF EXISTS " + name;
    }

    @Override
    String existsSql() {
        return "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
    }
}
