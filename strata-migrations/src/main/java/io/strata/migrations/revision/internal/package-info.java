/**
 * Internal: package scanning (listing the classes of a package, also used by strata-core to find
 * entities), annotation reading and schema replay behind {@link io.strata.migrations.revision.RevisionSet}.
 * Not a supported API; it may change in any release.
 */
package io.strata.migrations.revision.internal;
