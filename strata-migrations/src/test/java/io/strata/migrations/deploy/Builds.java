package io.strata.migrations.deploy;

import io.strata.migrations.revision.RevisionSet;

/** Three builds of one application: r1 (create a table), r1+r2 (add a nullable column), r1+r2+r3 (drop a column). */
public final class Builds {

    /** The oldest build. */
    public static final RevisionSet R1 = RevisionSet.ofClasses(R1CreateWidget.class);
    /** The build with an additive revision. */
    public static final RevisionSet R2 = RevisionSet.ofClasses(R1CreateWidget.class, R2AddColor.class);
    /** The build with a breaking revision. */
    public static final RevisionSet R3 = RevisionSet.ofClasses(R1CreateWidget.class, R2AddColor.class, R3DropNote.class);

    /** The build that replaces note by label in two halves, expand (e2) and contract (c3), then adds a column. */
    public static final RevisionSet EXPAND_CONTRACT = RevisionSet.ofClasses(R1CreateWidget.class, E2ExpandLabel.class,
            C3ContractNote.class, A4AddSize.class);

    private Builds() {
    }
}
