/**
 * Internal: package scanning, annotation reading and schema replay behind
 * {@link io.strata.migrations.revision.RevisionSet}. Not a supported API; it may change in any release.
 */
package io.strata.migrations.internal.revision;
