package io.strata.migrations.inspect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ServerDefault;

class DefaultsTest {

    @Test
    void noDefaultAndNullAreBothNoDefault() {
        assertThat(Defaults.normalize(null, ColumnType.text())).isNull();
        assertThat(Defaults.normalize("NULL", ColumnType.text())).isNull();
        assertThat(Defaults.normalize("(null)", ColumnType.integer())).isNull();
        assertThat(Defaults.normalize("'NULL'", ColumnType.text())).isEqualTo(ServerDefault.literal("NULL"));
    }

    @Test
    void everySpellingOfTheCurrentTimeReadsAsTheStandardKeyword() {
        for (String raw : new String[] {"current_timestamp()", "CURRENT_TIMESTAMP", "current_timestamp(6)", "now()", "(now())"}) {
            assertThat(Defaults.normalize(raw, ColumnType.timestamp())).as(raw)
                    .isEqualTo(ServerDefault.expression("CURRENT_TIMESTAMP"));
        }
        assertThat(Defaults.normalize("curdate()", ColumnType.date())).isEqualTo(ServerDefault.expression("curdate()"));
        assertThat(Defaults.normalize("current_date", ColumnType.date())).isEqualTo(ServerDefault.expression("CURRENT_DATE"));
    }

    @Test
    void booleanDefaultsReadAsTrueOrFalse() {
        assertThat(Defaults.normalize("1", ColumnType.bool())).isEqualTo(ServerDefault.expression("true"));
        assertThat(Defaults.normalize("TRUE", ColumnType.bool())).isEqualTo(ServerDefault.expression("true"));
        assertThat(Defaults.normalize("'0'", ColumnType.bool())).isEqualTo(ServerDefault.expression("false"));
        assertThat(Defaults.normalize("1", ColumnType.integer())).isEqualTo(ServerDefault.expression("1"));
    }

    @Test
    void quotedNumbersOfNumericColumnsLoseTheirQuotes() {
        assertThat(Defaults.normalize("'-1'", ColumnType.integer())).isEqualTo(ServerDefault.expression("-1"));
        assertThat(Defaults.normalize("'1.50'", ColumnType.decimal(5, 2))).isEqualTo(ServerDefault.expression("1.50"));
        assertThat(Defaults.normalize("'-1'", ColumnType.varchar(5))).isEqualTo(ServerDefault.literal("-1"));
    }
}
