package io.strata.migrations.inspect;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** Thrown when a column's native type has no neutral {@link io.strata.migrations.schema.ColumnType}. */
public final class UnsupportedColumnTypeException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final String column;
    private final String nativeType;

    /** Creates the exception for one column of one table. */
    public UnsupportedColumnTypeException(String table, String column, String nativeType) {
        super(ErrorKind.UNSUPPORTED, "column " + table + "." + column + " has type '" + nativeType + "', which Strata's neutral schema"
                + " cannot represent; change it to a neutral type (smallint, integer, bigint, boolean, varchar(n),"
                + " text, decimal(p,s), float, double, date, time, timestamp, timestamp with time zone, uuid,"
                + " varbinary(n), blob, json) or leave table " + table
                + " out with SchemaInspector.excluding(\"" + table + "\")");
        this.table = table;
        this.column = column;
        this.nativeType = nativeType;
    }

    /** The table of the column. */
    public String table() {
        return table;
    }

    /** The column whose type is not supported. */
    public String column() {
        return column;
    }

    /** The type as the database reports it. */
    public String nativeType() {
        return nativeType;
    }
}
