package io.strata.migrations.runner.internal;

import java.util.List;

import io.strata.migrations.operations.Operation;

/** The label of a step for logs and errors: its operation's, or for a run of several, all of them. */
final class StepLabel {

    private StepLabel() {
    }

    /** E.g. {@code addColumn note.body} or {@code addColumn note.body, dropColumn note.old (one step)}. */
    static String of(List<Operation> step) {
        if (step.size() == 1) {
            return OperationLabel.of(step.get(0));
        }
        return String.join(", ", step.stream().map(OperationLabel::of).toList()) + " (one step)";
    }
}
