package io.strata.core.test.mapping;

/** Stored by ordinal. */
public enum Status {
    NEW, ACTIVE, SUSPENDED
}
