/** Exact SQL of the postgresql dialect. */
package io.strata.migrations.dialect.internal.postgresql;
