/**
 * Implementation of {@link io.strata.migrations.diff}: matching two schemas, describing their
 * differences, ordering the operations that turn one into the other, and judging data loss.
 * Unsupported API: it may change in any release.
 */
package io.strata.migrations.diff.internal;
