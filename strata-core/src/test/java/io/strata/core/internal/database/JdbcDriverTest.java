package io.strata.core.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Driver;
import java.sql.DriverManager;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.strata.ErrorKind;
import io.strata.core.MissingDriverException;
import io.strata.core.internal.url.UrlParser;

/** Each database names its JDBC driver, registered by class name; a missing one names the artifact to add. */
class JdbcDriverTest {

    @Test
    void everyDatabaseNamesItsDriverAndTheArtifactThatShipsIt() {
        Map<String, String> expected = Map.of(
                "sqlite:///app.db", "org.sqlite.JDBC org.xerial:sqlite-jdbc",
                "h2:mem:app", "org.h2.Driver com.h2database:h2",
                "postgresql://u:p@h/d", "org.postgresql.Driver org.postgresql:postgresql",
                "mariadb://u:p@h/d", "org.mariadb.jdbc.Driver org.mariadb.jdbc:mariadb-java-client",
                "mysql://u:p@h/d", "org.mariadb.jdbc.Driver org.mariadb.jdbc:mariadb-java-client");
        expected.forEach((url, driver) -> {
            var parsed = new UrlParser("url").parse(url);
            assertThat(parsed.kind().driver(parsed)).as(url)
                    .hasValueSatisfying(d -> assertThat(d.className() + " " + d.artifact()).isEqualTo(driver));
        });
    }

    @Test
    void aJdbcUrlOfAnotherDriverKeepsTheDriverThatClaimsIt() {
        for (String url : new String[] {"jdbc:mysql://h/d", "jdbc:hsqldb:mem:x"}) {
            var parsed = new UrlParser("url").parse(url);
            assertThat(parsed.kind().driver(parsed)).as(url).isEmpty();
        }
    }

    @Test
    void registeringLoadsTheDriverIntoDriverManager() {
        new JdbcDriver("org.h2.Driver", "com.h2database:h2").register("h2", getClass().getClassLoader());
        assertThat(Collections.list(DriverManager.getDrivers())).extracting(Driver::getClass).extracting(Class::getName)
                .contains("org.h2.Driver");
    }

    @Test
    void aMissingDriverNamesTheDatabaseAndTheArtifactToAdd() {
        JdbcDriver absent = new JdbcDriver("com.example.NoSuchDriver", "com.example:no-such-driver");
        assertThatThrownBy(() -> absent.register("nosuch", getClass().getClassLoader()))
                .isInstanceOfSatisfying(MissingDriverException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.MISSING_DRIVER);
                    assertThat(e.database()).isEqualTo("nosuch");
                    assertThat(e.artifact()).isEqualTo("com.example:no-such-driver");
                })
                .hasMessage("no JDBC driver for nosuch on the class path: add com.example:no-such-driver to the"
                        + " application's dependencies (Strata ships no driver; com.example.NoSuchDriver was not found).");
    }
}
