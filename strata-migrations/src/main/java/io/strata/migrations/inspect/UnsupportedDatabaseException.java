package io.strata.migrations.inspect;

import java.util.List;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** Thrown when a connection leads to a database that Strata cannot inspect. */
public final class UnsupportedDatabaseException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String productName;

    /** Creates the exception for the product the JDBC driver reported. */
    public UnsupportedDatabaseException(String productName, List<String> supported) {
        super(ErrorKind.UNSUPPORTED, "cannot inspect a database of product '" + productName + "': Strata reads schemas of "
                + String.join(", ", supported) + " only; connect to one of those");
        this.productName = productName;
    }

    /** The product name the JDBC driver reported ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public String productName() {
        return productName;
    }
}
