/** Exact SQL of the h2 dialect. */
package io.strata.migrations.internal.dialect.h2;
