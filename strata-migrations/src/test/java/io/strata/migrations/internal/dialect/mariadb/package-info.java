/** Exact SQL of the mariadb dialect. */
package io.strata.migrations.internal.dialect.mariadb;
