package io.strata.core.internal.database.sqlite;

import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.type.SqlTypes;

import io.strata.core.internal.database.LobTypes;

/**
 * Hibernate's SQLite dialect, with one difference: schema validation compares types as SQLite does,
 * by storage class. Every integer type is one ({@code INTEGER}): Strata creates a {@code Long}
 * identity as {@code INTEGER PRIMARY KEY}, the only form that aliases the row id, where Hibernate
 * expects {@code bigint}. Every exact or approximate number is one (the driver reports
 * {@code DECIMAL(10,2)} as {@code FLOAT}), every string or {@code CLOB} one, every binary one; and the
 * driver reports the names Strata declares for bytes, times, UUIDs and JSON ({@code VARBINARY(n)},
 * {@code TIMESTAMP_TZ}…, kept so that the neutral type reads back) as {@code VARCHAR}.
 */
public class StrataSQLiteDialect extends SQLiteDialect {

    /** For Hibernate, which passes what it knows of the database. */
    public StrataSQLiteDialect(DialectResolutionInfo info) {
        super(info);
    }

    /** For Hibernate, without a connection. */
    public StrataSQLiteDialect() {
    }

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || SqlTypes.isIntegral(typeCode1) && SqlTypes.isIntegral(typeCode2)
                || isNumber(typeCode1) && isNumber(typeCode2)
                || LobTypes.sameFamily(typeCode1, typeCode2)
                || typeCode2 == SqlTypes.VARCHAR && isNamedByStrata(typeCode1)
                || typeCode1 == SqlTypes.VARCHAR && isNamedByStrata(typeCode2);
    }

    /** A type Strata declares by a name the driver does not know and reports as {@code VARCHAR}. */
    private static boolean isNamedByStrata(int code) {
        return LobTypes.isBytes(code) || SqlTypes.isTemporalType(code) || code == SqlTypes.UUID || SqlTypes.isJsonType(code);
    }

    private static boolean isNumber(int code) {
        return SqlTypes.isNumericOrDecimal(code) || SqlTypes.isFloatOrRealOrDouble(code);
    }

}
