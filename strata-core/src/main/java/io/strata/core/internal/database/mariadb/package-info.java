/**
 * Internal to Strata (unsupported, may change in any release): what strata-core knows about
 * MariaDB (and MySQL through the MariaDB driver), including the named lock get-or-create needs on it.
 */
package io.strata.core.internal.database.mariadb;
