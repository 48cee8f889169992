/**
 * Internal, unsupported: the H2 2.x dialect. Use it through {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.internal.dialect.h2;
