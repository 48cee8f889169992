package io.strata.migrations.runner;

import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.broken.E5Broken;
import io.strata.migrations.edited.E5Edited;
import io.strata.migrations.edited.E5FailsSecond;
import io.strata.migrations.edited.E5Fixed;
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

    /** The chain plus e5 with its failing operation fixed. */
    static final RevisionSet WITH_FIXED = RevisionSet.ofClasses(A1CreateAuthorAndBook.class, B2AddIsbn.class,
            C3SeedAuthors.class, D4Pause.class, E5Fixed.class);

    /** The chain plus e5 edited in its first operation. */
    static final RevisionSet WITH_EDITED = RevisionSet.ofClasses(A1CreateAuthorAndBook.class, B2AddIsbn.class,
            C3SeedAuthors.class, D4Pause.class, E5Edited.class);

    /** The chain plus e5 failing at its second operation. */
    static final RevisionSet WITH_FAILING_SECOND = RevisionSet.ofClasses(A1CreateAuthorAndBook.class, B2AddIsbn.class,
            C3SeedAuthors.class, D4Pause.class, E5FailsSecond.class);

    private Chain() {
    }
}
