/**
 * Internals of {@link io.strata.migrations.names}: which names each operation introduces. Unsupported
 * API: it may change in any release.
 */
package io.strata.migrations.names.internal;
