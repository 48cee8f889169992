package io.strata.migrations.runner;

import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.broken.E5Broken;
import io.strata.migrations.runner.chain.A1CreateAuthorAndBook;
import io.strata.migrations.runner.chain.B2AddIsbn;
import io.strata.migrations.runner.chain.C3SeedAuthors;
import io.strata.migrations.runner.chain.D4Pause;

/** The test revision sets. */
final class Chain {

    /** a1 → b2 → c3 → d4, found by scanning their package. */
    static final RevisionSet CHAIN = RevisionSet.scan("io.strata.migrations.runner.chain");

    /** The chain plus e5, which fails after creating a table and adding a column. */
    static final RevisionSet WITH_BROKEN = RevisionSet.ofClasses(A1CreateAuthorAndBook.class, B2AddIsbn.class,
            C3SeedAuthors.class, D4Pause.class, E5Broken.class);

    private Chain() {
    }
}
