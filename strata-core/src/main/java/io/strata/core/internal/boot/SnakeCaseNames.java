package io.strata.core.internal.boot;

import java.util.Locale;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Physical names in lower snake case ({@code BookToStore} → {@code book_to_store},
 * {@code publishedYear} → {@code published_year}), as Python models name their tables. Quoted
 * names the developer wrote are kept as written.
 *
 * <p>A name that is a reserved word of the database is quoted here, by the same word list Strata's
 * dialect quotes with when it writes DDL, so Hibernate's SQL and Strata's DDL always agree on the
 * name (Hibernate's own keyword quoting uses another list, and on H2 a quoted name keeps its case
 * while an unquoted one is upper-cased).
 */
public final class SnakeCaseNames implements PhysicalNamingStrategy {

    private final java.util.function.Predicate<String> reserved;

    /** Snake-case names, quoting those {@code reserved} says are reserved words. */
    public SnakeCaseNames(java.util.function.Predicate<String> reserved) {
        this.reserved = reserved;
    }

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
        return name;
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
        return name;
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        return snake(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
        return snake(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
        return snake(name);
    }

    private Identifier snake(Identifier name) {
        if (name == null || name.isQuoted()) {
            return name;
        }
        String text = snake(name.getText());
        return new Identifier(text, reserved.test(text));
    }

    /** {@code publishedYear} → {@code published_year}; {@code HTTPServer} → {@code http_server}. */
    static String snake(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = text.charAt(i - 1);
                boolean nextLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
                if (prev != '_' && (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower))) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
