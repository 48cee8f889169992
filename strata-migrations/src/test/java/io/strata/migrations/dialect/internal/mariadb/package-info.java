/** Exact SQL of the mariadb dialect. */
package io.strata.migrations.dialect.internal.mariadb;
