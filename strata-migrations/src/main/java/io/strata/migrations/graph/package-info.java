/**
 * The revision graph: which revisions exist, how they descend from one another, and what a command
 * such as {@code db upgrade heads} or {@code db downgrade -1} has to do about it.
 *
 * <p>Everything here is pure: a {@link io.strata.migrations.graph.RevisionGraph} is built from
 * in-memory {@link io.strata.migrations.graph.RevisionNode}s, knows nothing of files, classes or
 * databases, and answers with values ({@link io.strata.migrations.graph.MigrationPlan},
 * {@link io.strata.migrations.graph.VersionChange}). Loading revisions and running plans live
 * elsewhere.
 *
 * <p>Target syntax understood by {@link io.strata.migrations.graph.RevisionGraph#resolve}:
 * <ul>
 *   <li>{@code base}, {@code head} (exactly one head), {@code heads} (all heads);</li>
 *   <li>a full revision id, a unique prefix of one, or a branch label;</li>
 *   <li>{@code label@head}, {@code label@heads}, {@code label@base}, {@code label@<id>}, where
 *       {@code label} is a branch label or a revision id;</li>
 *   <li>{@code +N} / {@code -N} relative to the current revision, {@code label@+N},
 *       {@code <id>+N}, {@code <id>-N}, {@code head-N}.</li>
 * </ul>
 * Revision ids and branch labels are therefore limited to letters, digits and {@code _}.
 */
package io.strata.migrations.graph;
