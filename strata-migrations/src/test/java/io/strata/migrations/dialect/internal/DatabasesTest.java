package io.strata.migrations.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.UnsupportedDatabaseException;

class DatabasesTest {

    @Test
    void findsTheDatabaseByTheProductNameJdbcDriversReport() {
        assertThat(Databases.forProduct("PostgreSQL")).get().extracting(DatabaseSupport::name).isEqualTo("postgresql");
        assertThat(Databases.forProduct("MariaDB")).get().extracting(DatabaseSupport::name).isEqualTo("mariadb");
        assertThat(Databases.forProduct("MySQL")).get().extracting(DatabaseSupport::name).isEqualTo("mariadb");
        assertThat(Databases.forProduct("H2")).get().extracting(DatabaseSupport::name).isEqualTo("h2");
        assertThat(Databases.forProduct("SQLite")).get().extracting(DatabaseSupport::name).isEqualTo("sqlite");
    }

    @Test
    void eachDatabaseHandsOutItsOwnInspector() {
        assertThat(Databases.all()).extracting(d -> d.inspector().getClass().getSimpleName())
                .containsExactly("SQLiteInspector", "H2Inspector", "PostgreSQLInspector", "MariaDBInspector");
    }

    @Test
    void findsADatabaseByNameOrAlias() {
        assertThat(Databases.byName("PostgreSQL")).get().extracting(DatabaseSupport::name).isEqualTo("postgresql");
        assertThat(Databases.byName("mysql")).get().extracting(DatabaseSupport::name).isEqualTo("mariadb");
        assertThat(Databases.byName("oracle")).isEmpty();
        assertThat(Databases.byName(null)).isEmpty();
    }

    @Test
    void anUnknownProductHasNoInspectorAndTheErrorNamesTheSupportedOnes() {
        assertThat(Databases.forProduct("Oracle")).isEmpty();

        UnsupportedDatabaseException e = new UnsupportedDatabaseException("Oracle", Databases.displayNames());

        assertThat(e.productName()).isEqualTo("Oracle");
        assertThat(e).hasMessage("cannot inspect a database of product 'Oracle': Strata reads schemas of SQLite, H2,"
                + " PostgreSQL, MariaDB/MySQL only; connect to one of those");
    }
}
