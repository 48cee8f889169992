/** Exact SQL of the sqlite dialect. */
package io.strata.migrations.dialect.internal.sqlite;
