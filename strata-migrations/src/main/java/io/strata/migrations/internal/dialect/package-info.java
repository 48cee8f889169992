/**
 * Internal, unsupported: the shared base of the dialect implementations (standard SQL, identifier
 * quoting, literals). It may change in any release; use {@link io.strata.migrations.dialect.Dialect}.
 */
package io.strata.migrations.internal.dialect;
