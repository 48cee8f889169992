/** Exact SQL of the postgresql dialect. */
package io.strata.migrations.internal.dialect.postgresql;
