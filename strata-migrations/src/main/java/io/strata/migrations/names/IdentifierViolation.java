package io.strata.migrations.names;

/**
 * A name longer than one database accepts.
 *
 * @param kind what it names: {@code table}, {@code column}, {@code index}, {@code primary key},
 *     {@code foreign key}, {@code unique constraint} or {@code check constraint}
 * @param identifier the name as written
 * @param table the table it belongs to (the table itself for a table name)
 * @param length how many characters it has
 * @param limit the most the database accepts
 * @param database the database, as people name it ({@code PostgreSQL}, {@code MariaDB}…)
 */
public record IdentifierViolation(String kind, String identifier, String table, int length, int limit, String database) {

    /**
     * One line for messages and reports, e.g. {@code foreign key 'fk_…' on table book is 65 characters,
     * longer than PostgreSQL's limit of 63}.
     */
    public String describe() {
        return subject() + ", longer than " + limitText();
    }

    /** What is too long, without the database: {@code foreign key 'fk_…' on table book is 65 characters}. */
    public String subject() {
        String where = kind.equals("table") ? "" : " on table " + table;
        return kind + " '" + identifier + "'" + where + " is " + length + " characters";
    }

    /** The database's limit, e.g. {@code PostgreSQL's limit of 63}. */
    public String limitText() {
        return database + "'s limit of " + limit;
    }
}
