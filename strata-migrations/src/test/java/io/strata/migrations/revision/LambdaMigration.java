package io.strata.migrations.revision;

import java.util.function.Consumer;

import io.strata.migrations.operations.Ops;

/** Revisions written in a test as two lambdas, for the tests that build their revisions in code. */
public final class LambdaMigration {

    private LambdaMigration() {
    }

    /** A migration whose upgrade and downgrade are {@code upgrade} and {@code downgrade}. */
    public static Migration migration(Consumer<Ops> upgrade, Consumer<Ops> downgrade) {
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
