/**
 * Internal, unsupported: where each database lives. One sub-package per database holds its dialect,
 * catalog reader (with its type mapping), migration lock protocol and comparison representation,
 * handed out by one {@link io.strata.migrations.dialect.internal.DatabaseSupport} found through
 * {@link io.strata.migrations.dialect.internal.Databases} (one
 * {@code META-INF/services/io.strata.migrations.dialect.internal.DatabaseSupport} line each). This
 * package also holds what the dialects share (standard SQL, identifier quoting, literals). It may
 * change in any release; use {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.dialect.internal;
