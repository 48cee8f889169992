package io.strata.javalin.empty;

/** A class in a package without models, for the "derived models package is empty" test. */
public final class Empty {

    private Empty() {
    }
}
