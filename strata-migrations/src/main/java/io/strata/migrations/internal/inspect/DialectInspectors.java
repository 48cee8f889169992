package io.strata.migrations.internal.inspect;

import java.util.List;
import java.util.Optional;

/** The registry of dialect inspectors: the first that handles a product name reads it. */
public final class DialectInspectors {

    private static final List<DialectInspector> ALL = List.of(
            new PostgresInspector(), new MariaDbInspector(), new H2Inspector(), new SqliteInspector());

    private DialectInspectors() {
    }

    /** The inspector for a JDBC product name, if Strata supports that database. */
    public static Optional<DialectInspector> forProduct(String productName) {
        if (productName == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(d -> d.handles(productName)).findFirst();
    }

    /** The display names of the supported databases. */
    public static List<String> supportedNames() {
        return ALL.stream().map(DialectInspector::displayName).toList();
    }
}
