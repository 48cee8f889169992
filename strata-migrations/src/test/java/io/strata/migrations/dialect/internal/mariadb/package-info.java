/** Specifications of MariaDB support: the exact SQL of its dialect and how its catalog reads back. */
package io.strata.migrations.dialect.internal.mariadb;
