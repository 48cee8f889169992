package io.strata.core.internal.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.core.ConfigurationException;
import io.strata.core.internal.database.DatabaseTypes;

class UrlParserTest {

    private final UrlParser parser = new UrlParser("DATABASE_URL");

    @Test
    void relativeSqliteFileHasThreeSlashes() {
        DatabaseUrl url = parser.parse("sqlite:///app.db");
        assertThat(url.kind()).isEqualTo(DatabaseTypes.named("sqlite"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:app.db");
        assertThat(url.memory()).isFalse();
    }

    @Test
    void absoluteSqliteFileHasFourSlashes() {
        assertThat(parser.parse("sqlite:////var/lib/app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/app.db");
    }

    @Test
    void sqliteWithoutPathOrWithMemoryIsInMemoryAndSharedByThePool() {
        for (String raw : new String[] {"sqlite://", "sqlite:///:memory:"}) {
            DatabaseUrl url = parser.parse(raw);
            assertThat(url.memory()).isTrue();
            assertThat(url.jdbcUrl()).startsWith("jdbc:sqlite:file:strata-").endsWith("?mode=memory&cache=shared");
        }
        assertThat(parser.parse("sqlite://").jdbcUrl()).isNotEqualTo(parser.parse("sqlite://").jdbcUrl());
    }

    @Test
    void postgresqlUrlKeepsCredentialsOutOfTheJdbcUrl() {
        DatabaseUrl url = parser.parse("postgresql+psycopg2://app:s3cret@db.example.com:6543/shop?sslmode=require");
        assertThat(url.kind()).isEqualTo(DatabaseTypes.named("postgresql"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.location()).isEqualTo("db.example.com:6543/shop");
        assertThat(url.toString()).isEqualTo("postgresql+psycopg2://app:***@db.example.com:6543/shop?sslmode=require");
    }

    @Test
    void defaultPortsAndSchemeAliases() {
        assertThat(parser.parse("postgres://u@h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
        assertThat(parser.parse("mysql+pymysql://u:p@h/d").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/d");
        assertThat(parser.parse("mariadb://u:p@h:3307/d").kind()).isEqualTo(DatabaseTypes.named("mariadb"));
    }

    @Test
    void percentEncodedUserAndPasswordAreDecoded() {
        DatabaseUrl url = parser.parse("postgresql://us%40er:p%3Aa%2Fss%40word+x@h/d");
        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:a/ss@word+x");
        assertThat(url.toString()).doesNotContain("p%3Aa").contains("***");
    }

    @Test
    void h2MemoryAndFile() {
        assertThat(parser.parse("h2:mem:tests").jdbcUrl()).isEqualTo("jdbc:h2:mem:tests;DB_CLOSE_DELAY=-1");
        assertThat(parser.parse("h2:mem:tests").memory()).isTrue();
        assertThat(parser.parse("h2:file:./data/app").jdbcUrl()).isEqualTo("jdbc:h2:file:./data/app");
    }

    @Test
    void jdbcUrlsPassThroughWithThePasswordMovedOut() {
        DatabaseUrl url = parser.parse("jdbc:postgresql://h/d?user=app&password=s3cret&ssl=true");
        assertThat(url.kind()).isEqualTo(DatabaseTypes.named("postgresql"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/d?user=app&ssl=true");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.toString()).doesNotContain("s3cret");
        DatabaseUrl first = parser.parse("jdbc:mariadb://h/d?password=s3cret&user=app");
        assertThat(first.jdbcUrl()).isEqualTo("jdbc:mariadb://h/d?user=app");
        assertThat(parser.parse("jdbc:h2:mem:x").kind()).isEqualTo(DatabaseTypes.named("h2"));
    }

    @Test
    void jdbcUrlCredentialsInTheAuthorityMoveOutOfTheUrl() {
        DatabaseUrl url = parser.parse("jdbc:postgresql://app:s3c%2Fret@h:5432/d?ssl=true");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?ssl=true");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3c/ret");
        assertThat(url.masked()).isEqualTo("jdbc:postgresql://app:***@h:5432/d?ssl=true");
    }

    @Test
    void unencodedAtOrSlashInThePasswordIsRefusedWithTheEncodingAndNoPartOfIt() {
        assertThatThrownBy(() -> parser.parse("postgresql://app:top@secret@h/d"))
                .hasMessageContaining("'postgresql://app:***@h/d' has an unencoded '@' or '/' in its user or password")
                .hasMessageContaining("@ as %40, / as %2F");
        assertThatThrownBy(() -> parser.parse("mariadb://app:top/secret@h/d"))
                .hasMessageContaining("'mariadb://app:***@h/d' has an unencoded").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> parser.parse("postgresql:app:topsecret@h/d"))
                .hasMessageContaining("'postgresql:app:***@h/d' is not a URL").hasMessageNotContaining("topsecret");
    }

    @Test
    void unknownSchemeListsTheSupportedOnes() {
        assertThatThrownBy(() -> parser.parse("oracle://u:topsecret@h/d"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("DATABASE_URL has the unknown scheme 'oracle'")
                .hasMessageContaining("postgresql://").hasMessageContaining("sqlite:///")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void malformedUrlsSayWhichPartIsWrong() {
        assertThatThrownBy(() -> parser.parse("postgresql://u:topsecret@h:54x2/d"))
                .hasMessageContaining("port '54x2'").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> parser.parse("postgresql://u:topsecret@h:70000/d")).hasMessageContaining("outside 1-65535");
        assertThatThrownBy(() -> parser.parse("postgresql://u:topsecret@h:5432")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> parser.parse("postgresql://u:topsecret@:5432/d")).hasMessageContaining("has no host");
        assertThatThrownBy(() -> parser.parse("postgresql://u:top%zzsecret@h/d"))
                .hasMessageContaining("malformed percent-encoding in the password").hasMessageNotContaining("zzsecret");
        assertThatThrownBy(() -> parser.parse("just-a-name")).hasMessageContaining("has no scheme");
        assertThatThrownBy(() -> parser.parse("sqlite://host/app.db")).hasMessageContaining("has a host part");
        assertThatThrownBy(() -> parser.parse("h2:tcp:x")).hasMessageContaining("is not an H2 URL");
        assertThatThrownBy(() -> parser.parse(" ")).hasMessageContaining("DATABASE_URL is not set");
    }

    @Test
    void errorsNameTheSetting() {
        assertThatThrownBy(() -> new UrlParser("url").parse("nope://x"))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).setting()).isEqualTo("url"));
    }
}
