package io.strata.migrations.dialect.internal;

import java.util.Locale;
import java.util.Set;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.inspect.internal.DialectInspector;

/** The parts every {@link DatabaseSupport} states the same way: names, dialect and inspector. */
public abstract class AbstractDatabaseSupport implements DatabaseSupport {

    private final String displayName;
    private final Set<String> productNames;
    private final Dialect dialect;
    private final DialectInspector inspector;

    /**
     * @param displayName the name for messages, e.g. {@code PostgreSQL}
     * @param productNames the JDBC product names of the database, in lower case
     * @param dialect the database's SQL dialect
     * @param inspector the reader of its catalog
     */
    protected AbstractDatabaseSupport(String displayName, Set<String> productNames, Dialect dialect,
            DialectInspector inspector) {
        this.displayName = displayName;
        this.productNames = Set.copyOf(productNames);
        this.dialect = dialect;
        this.inspector = inspector;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final boolean handlesProduct(String productName) {
        return productNames.contains(productName.toLowerCase(Locale.ROOT));
    }

    @Override
    public final Dialect dialect() {
        return dialect;
    }

    @Override
    public final DialectInspector inspector() {
        return inspector;
    }
}
