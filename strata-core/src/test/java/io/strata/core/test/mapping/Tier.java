package io.strata.core.test.mapping;

/** Stored by name. */
public enum Tier {
    BRONZE, SILVER, GOLD, PLATINUM
}
