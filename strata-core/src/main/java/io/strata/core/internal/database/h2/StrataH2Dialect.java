package io.strata.core.internal.database.h2;

import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

import io.strata.core.internal.database.LobTypes;

/**
 * Hibernate's H2 dialect, with one difference: for schema validation a {@code CLOB} is a
 * {@code character varying} and a {@code BLOB} a {@code binary varying}. Strata creates neutral
 * {@code text} on H2 as an unbounded {@code character varying} (comparable and indexable, unlike H2's
 * {@code CLOB}), which Hibernate reads and writes for a {@code @Lob String} as it does a {@code CLOB};
 * and bytes longer than its neutral {@code binary} as a {@code BLOB}, where Hibernate would pick
 * {@code varbinary(n)}.
 */
public class StrataH2Dialect extends H2Dialect {

    /** For Hibernate, which passes what it knows of the database. */
    public StrataH2Dialect(DialectResolutionInfo info) {
        super(info);
    }

    /** For Hibernate, without a connection. */
    public StrataH2Dialect() {
    }

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || LobTypes.sameFamily(typeCode1, typeCode2);
    }
}
