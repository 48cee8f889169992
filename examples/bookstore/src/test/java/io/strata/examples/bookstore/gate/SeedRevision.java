package io.strata.examples.bookstore.gate;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;

/** One of the bookstore's committed revisions, re-declared in a test package so a new revision can follow it. */
public abstract class SeedRevision implements Migration {

    private final Migration seed;

    /** Runs what {@code seed} runs. */
    protected SeedRevision(Migration seed) {
        this.seed = seed;
    }

    @Override
    public void upgrade(Ops ops) {
        seed.upgrade(ops);
    }

    @Override
    public void downgrade(Ops ops) {
        seed.downgrade(ops);
    }
}
