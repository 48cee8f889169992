/**
 * Internal, unsupported: the MariaDB dialect (10.7 and later, for the {@code uuid} type); also used
 * for {@code jdbc:mysql:} URLs. Use it through {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.internal.dialect.mariadb;
