package io.strata.migrations.dialect;

import java.util.List;

import io.strata.ErrorKind;

/** No dialect handles the given name or JDBC URL; the message lists the supported ones. */
public class UnknownDialectException extends DialectException {

    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> supported;

    /** Creates the exception for what was asked ({@code what}: "name" or "JDBC URL") and what exists. */
    public UnknownDialectException(String what, String requested, List<String> supported) {
        super(ErrorKind.CONFIGURATION, "no Strata dialect for " + what + " '" + requested + "'; supported dialects: " + supported
                + (what.contains("URL") ? " (JDBC URLs jdbc:sqlite:, jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:)" : "")
                + ". Use one of them, or add a database (a package with a DatabaseSupport listed in"
                + " META-INF/services/io.strata.migrations.dialect.internal.DatabaseSupport).");
        this.requested = requested;
        this.supported = List.copyOf(supported);
    }

    /** The name or URL that was asked for (URLs are given without credentials by callers). */
    public String requested() {
        return requested;
    }

    /** The names of the dialects that exist. */
    public List<String> supported() {
        return supported;
    }
}
