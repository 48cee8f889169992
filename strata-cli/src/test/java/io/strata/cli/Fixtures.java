package io.strata.cli;

/** The packages the command line tests run against. */
final class Fixtures {

    static final String MODELS = "io.strata.cli.test.models";
    static final String MIGRATIONS = "io.strata.cli.test.migrations";
    static final String AUTHORS_ONLY = "io.strata.cli.test.authors";
    static final String BRANCHES = "io.strata.cli.test.branches";
    static final String FAILING = "io.strata.cli.test.failing";
    static final String TOO_LONG = "io.strata.cli.test.toolong";
    static final String NONE = "io.strata.cli.test.none";
    static final String R1 = "a1c0ffee0001";
    static final String R2 = "b2c0ffee0002";
    /** A PostgreSQL URL with the test password where nothing listens. */
    static final String UNREACHABLE = "postgresql://strata:" + io.strata.testing.TestDatabase.PASSWORD
            + "@127.0.0.1:1/nowhere";

    private Fixtures() {
    }
}
