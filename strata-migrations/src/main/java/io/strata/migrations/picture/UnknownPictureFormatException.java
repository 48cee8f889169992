package io.strata.migrations.picture;

import java.util.Arrays;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A picture format name that is not one of {@link PictureFormat}'s. */
public class UnknownPictureFormatException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /** Creates the error for this name. */
    public UnknownPictureFormatException(String name) {
        super(ErrorKind.INVALID_INPUT, "'" + name + "' is not a picture format; use one of "
                + String.join(", ", Arrays.stream(PictureFormat.values()).map(PictureFormat::option).toList()) + ".");
        this.name = name;
    }

    /** The name given. */
    public String name() {
        return name;
    }
}
