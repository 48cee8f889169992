package io.strata.migrations.policy;

import io.strata.ErrorKind;
import io.strata.StrataException;

/**
 * The policy gate cannot judge as asked: an unknown rule id (in configuration or an opt-out), an opt-out
 * without a reason, an {@code allowUnsafe} with no operation after it.
 */
public class PolicyException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message that names the rule or revision and the fix. */
    public PolicyException(String message) {
        super(ErrorKind.INVALID_INPUT, message);
    }
}
