package io.strata.migrations.internal.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.UnsupportedDatabaseException;

class DialectInspectorsTest {

    @Test
    void findsTheInspectorByTheProductNameJdbcDriversReport() {
        assertThat(DialectInspectors.forProduct("PostgreSQL")).get().isInstanceOf(PostgresInspector.class);
        assertThat(DialectInspectors.forProduct("MariaDB")).get().isInstanceOf(MariaDbInspector.class);
        assertThat(DialectInspectors.forProduct("MySQL")).get().isInstanceOf(MariaDbInspector.class);
        assertThat(DialectInspectors.forProduct("H2")).get().isInstanceOf(H2Inspector.class);
        assertThat(DialectInspectors.forProduct("SQLite")).get().isInstanceOf(SqliteInspector.class);
    }

    @Test
    void anUnknownProductHasNoInspectorAndTheErrorNamesTheSupportedOnes() {
        assertThat(DialectInspectors.forProduct("Oracle")).isEmpty();

        UnsupportedDatabaseException e = new UnsupportedDatabaseException("Oracle", DialectInspectors.supportedNames());

        assertThat(e.productName()).isEqualTo("Oracle");
        assertThat(e).hasMessage("cannot inspect a database of product 'Oracle': Strata reads schemas of PostgreSQL,"
                + " MariaDB/MySQL, H2, SQLite only; connect to one of those");
    }
}
