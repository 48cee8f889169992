/**
 * Internal to Strata (unsupported, may change in any release): what strata-core knows about
 * PostgreSQL, including the Hibernate dialect Strata boots it with.
 */
package io.strata.core.internal.database.postgresql;
