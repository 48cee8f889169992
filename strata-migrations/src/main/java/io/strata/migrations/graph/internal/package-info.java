/**
 * Implementation of {@link io.strata.migrations.graph}: indexing, target resolution and planning.
 *
 * <p>Internal and unsupported: these classes may change in any release. Use
 * {@link io.strata.migrations.graph.RevisionGraph} instead.
 */
package io.strata.migrations.graph.internal;
