package io.strata.migrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void findsTheFourDialectsThroughTheServiceLoader() {
        assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("sqlite", "h2", "postgresql", "mariadb");
    }

    @Test
    void findsADialectByJdbcUrlAndByName() {
        assertThat(Dialects.forJdbcUrl("jdbc:sqlite:/tmp/app.db").name()).isEqualTo("sqlite");
        assertThat(Dialects.forJdbcUrl("jdbc:h2:mem:app").name()).isEqualTo("h2");
        assertThat(Dialects.forJdbcUrl("jdbc:postgresql://db/app").name()).isEqualTo("postgresql");
        assertThat(Dialects.forJdbcUrl("jdbc:mysql://db/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.byName("PostgreSQL").name()).isEqualTo("postgresql");
        assertThat(Dialects.byName("mysql").name()).isEqualTo("mariadb");
    }

    @Test
    void anUnknownDialectListsTheSupportedOnesWithoutLeakingTheUrl() {
        assertThatThrownBy(() -> Dialects.byName("oracle")).isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining("'oracle'").hasMessageContaining("[sqlite, h2, postgresql, mariadb]");
        assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:scott/tiger@db:1521"))
                .isInstanceOf(UnknownDialectException.class).hasMessageContaining("jdbc:oracle:")
                .hasMessageNotContaining("tiger");
    }
}
