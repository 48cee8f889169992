/** Internal to Strata (unsupported, may change in any release): what strata-core knows about SQLite. */
package io.strata.core.internal.database.sqlite;
