package io.strata.core.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.strata.core.internal.query.InsertRecovery;
import io.strata.core.internal.query.KeyLock;
import io.strata.core.internal.url.UrlParser;
import io.strata.migrations.dialect.Dialects;

class DatabaseTypesTest {

    @Test
    void theServicesFileRegistersOneTypePerDatabaseInTheOrderMessagesListThem() {
        assertThat(DatabaseTypes.all()).extracting(DatabaseType::name)
                .containsSubsequence("sqlite", "postgresql", "mariadb", "h2").doesNotHaveDuplicates();
        assertThat(UrlParser.supported()).startsWith("sqlite:///file.db, sqlite:// (in memory), postgresql://")
                .endsWith(", or any jdbc: URL");
    }

    @Test
    void embeddedDatabasesAreTheOnesWithoutAServer() {
        assertThat(DatabaseTypes.all()).filteredOn(DatabaseType::embedded).extracting(DatabaseType::name)
                .contains("sqlite", "h2").doesNotContain("postgresql", "mariadb");
    }

    @Test
    void everyRegisteredTypeHasAMigrationsDialectAndHibernateSettings() {
        for (DatabaseType type : DatabaseTypes.all()) {
            assertThat(type.migrationsDialect()).as(type.name()).isPresent();
            assertThat(Dialects.byName(type.migrationsDialect().get()).name()).as(type.name())
                    .isEqualToIgnoringCase(type.name());
            assertThat(type.hibernate()).as(type.name()).isPresent();
            assertThat(type.jdbcPrefixes()).as(type.name()).allMatch(p -> p.equals(p.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void schemesAndJdbcPrefixesFindTheirType() {
        assertThat(DatabaseTypes.forScheme("PGSQL")).contains(DatabaseTypes.named("postgresql"));
        assertThat(DatabaseTypes.forScheme("mysql")).contains(DatabaseTypes.named("mariadb"));
        assertThat(DatabaseTypes.forScheme("oracle")).isEmpty();
        assertThat(DatabaseTypes.forJdbcUrl("jdbc:mysql://h/d")).isEqualTo(DatabaseTypes.named("mariadb"));
        assertThat(DatabaseTypes.forJdbcUrl("JDBC:SQLITE:x.db")).isEqualTo(DatabaseTypes.named("sqlite"));
    }

    @Test
    void anyOtherJdbcUrlIsGenericWithoutSchemaFeatures() {
        DatabaseType other = new UrlParser("url").parse("jdbc:hsqldb:mem:x").kind();
        assertThat(other).isSameAs(GenericDatabaseType.INSTANCE);
        assertThat(other.migrationsDialect()).isEmpty();
        assertThat(other.hibernate()).isEmpty();
        assertThat(other.insertRecovery()).isEqualTo(InsertRecovery.SAVEPOINT);
        assertThat(other.keyLock()).isSameAs(KeyLock.NONE);
    }

    @Test
    void onlyMariaDBSerializesTheCreatePath() {
        for (DatabaseType type : DatabaseTypes.all()) {
            assertThat(type.createPath().keyLock() != KeyLock.NONE).as(type.name()).isEqualTo(type.is("mysql"));
        }
    }

    @Test
    void aTypeGoesByItsNameAndItsSchemes() {
        assertThat(DatabaseTypes.named("mariadb").is("MySQL")).isTrue();
        assertThat(DatabaseTypes.named("sqlite").is("h2")).isFalse();
        assertThatThrownBy(() -> DatabaseTypes.named("oracle")).hasMessageContaining("[sqlite, postgresql, mariadb, h2");
    }
}
