package io.strata.migrations.revision;

import io.strata.migrations.operations.Ops;

/**
 * The code of one revision: what {@code upgrade} does and how {@code downgrade} undoes it. Both only
 * record operations on {@code ops}; the runner renders and executes them, or prints their SQL.
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c1b7d40", parents = "a1b2c3d4e5f6", message = "add isbn to book",
 *         created = "2025-01-14T10:22:31Z")
 * public final class AddIsbnToBook implements Migration {
 *     public void upgrade(Ops ops) {
 *         ops.addColumn("book", "isbn", varchar(20));
 *     }
 *     public void downgrade(Ops ops) {
 *         ops.dropColumn("book", "isbn");
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations need a no-argument constructor and must record the same operations on every
 * call: the schema at any revision is computed by replaying them.
 */
public interface Migration {

    /** Records the operations that move the schema forward to this revision. */
    void upgrade(Ops ops);

    /** Records the operations that move the schema back to this revision's parents. */
    void downgrade(Ops ops);
}
