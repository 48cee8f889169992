package io.strata;

/** The classes of a package (revisions or models) cannot be listed where they were found. */
public class UnlistablePackageException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String location;

    /** Creates the exception for the location that cannot be listed. */
    public UnlistablePackageException(String location, String message) {
        super(ErrorKind.UNSUPPORTED, message);
        this.location = location;
    }

    /** The location (a URL) whose classes cannot be listed. */
    public String location() {
        return location;
    }
}
