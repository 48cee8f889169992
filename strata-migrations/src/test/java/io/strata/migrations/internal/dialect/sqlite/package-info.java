/** Exact SQL of the sqlite dialect. */
package io.strata.migrations.internal.dialect.sqlite;
