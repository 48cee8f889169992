package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * A {@link Database} setting is missing or invalid. Thrown when the database is built, never later.
 * The message names the setting, shows the value (passwords masked) and says how to fix it.
 */
public class ConfigurationException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    /** Creates the exception for one setting. */
    public ConfigurationException(String setting, String message) {
        super(ErrorKind.CONFIGURATION, message);
        this.setting = setting;
    }

    /** Creates the exception for one setting, with the underlying cause. */
    public ConfigurationException(String setting, String message, Throwable cause) {
        super(ErrorKind.CONFIGURATION, message, cause);
        this.setting = setting;
    }

    /** The setting at fault, e.g. {@code DATABASE_URL} or {@code models}. */
    public String setting() {
        return setting;
    }
}
