/** Exact SQL of the h2 dialect. */
package io.strata.migrations.dialect.internal.h2;
