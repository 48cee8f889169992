/** Specifications of H2 support: the exact SQL of its dialect and how its catalog reads back. */
package io.strata.migrations.dialect.internal.h2;
