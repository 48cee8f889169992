package io.strata.core.internal.database;

import org.hibernate.type.SqlTypes;

/**
 * The JDBC types that Strata's Hibernate dialects treat as one in schema validation: Strata creates
 * neutral {@code text} and {@code blob} as plain string and byte columns, which Hibernate reads and
 * writes for a {@code @Lob} (see {@code PlainLobs}) but validates as {@code CLOB} and {@code BLOB}.
 * Loaded only with the dialects that use it.
 */
public final class LobTypes {

    private LobTypes() {
    }

    /** Whether both are strings or CLOBs, or both bytes or BLOBs. */
    public static boolean sameFamily(int typeCode1, int typeCode2) {
        return SqlTypes.isCharacterOrClobType(typeCode1) && SqlTypes.isCharacterOrClobType(typeCode2)
                || isBytes(typeCode1) && isBytes(typeCode2);
    }

    /** Whether the type holds bytes: binary, varbinary, BLOB. */
    public static boolean isBytes(int code) {
        return SqlTypes.isBinaryType(code) || code == SqlTypes.LONG32VARBINARY || code == SqlTypes.MATERIALIZED_BLOB;
    }
}
