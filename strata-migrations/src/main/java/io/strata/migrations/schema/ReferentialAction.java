package io.strata.migrations.schema;

/** What a foreign key does to referencing rows when the referenced row is deleted or updated. */
public enum ReferentialAction {
    /** The database's default: refuse the change (checked at the end of the statement). */
    NO_ACTION("NO ACTION"),
    /** Refuse the change immediately. */
    RESTRICT("RESTRICT"),
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to {@code NULL}. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
