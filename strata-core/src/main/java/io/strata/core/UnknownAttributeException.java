package io.strata.core;

import java.util.List;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A filter or values map names an attribute the entity does not have. */
public class UnknownAttributeException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String attribute;
    private final List<String> validAttributes;

    /** Creates the exception, listing the attributes that would have been accepted. */
    public UnknownAttributeException(Class<?> entity, String attribute, List<String> validAttributes) {
        super(ErrorKind.INVALID_INPUT, entity.getSimpleName() + " has no attribute '" + attribute + "'. Valid attributes: " + validAttributes + ".");
        this.attribute = attribute;
        this.validAttributes = List.copyOf(validAttributes);
    }

    /** The unknown attribute name. */
    public String attribute() {
        return attribute;
    }

    /** The entity's attribute names. */
    public List<String> validAttributes() {
        return validAttributes;
    }
}
