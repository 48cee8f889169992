/** Specifications of PostgreSQL support: the exact SQL of its dialect and how its catalog reads back. */
package io.strata.migrations.dialect.internal.postgresql;
