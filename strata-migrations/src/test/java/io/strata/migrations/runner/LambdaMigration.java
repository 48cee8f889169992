package io.strata.migrations.runner;

import java.util.function.Consumer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;

/** Revisions written in a test as two lambdas, for the runner tests that build their revisions in code. */
final class LambdaMigration {

    private LambdaMigration() {
    }

    /** A migration whose upgrade and downgrade are {@code upgrade} and {@code downgrade}. */
    static Migration migration(Consumer<Ops> upgrade, Consumer<Ops> downgrade) {
        return new Migration() {
            @Override
            public void upgrade(Ops ops) {
                upgrade.accept(ops);
            }

            @Override
            public void downgrade(Ops ops) {
                downgrade.accept(ops);
            }
        };
    }
}
