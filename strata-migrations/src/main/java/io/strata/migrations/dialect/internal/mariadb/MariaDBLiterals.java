package io.strata.migrations.dialect.internal.mariadb;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.strata.migrations.dialect.internal.SqlLiterals;

/** MariaDB literals: backslashes escape in strings (default {@code sql_mode}); instants are stored as UTC. */
final class MariaDBLiterals extends SqlLiterals {

    @Override
    protected String string(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected String offsetDateTime(OffsetDateTime value) {
        return string(localDateTime(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
    }
}
