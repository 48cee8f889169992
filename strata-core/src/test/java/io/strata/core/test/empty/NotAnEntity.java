package io.strata.core.test.empty;

/** A class in a package with no entities. */
public class NotAnEntity {
}
