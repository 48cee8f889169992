/** Specifications of the per-database readers: each database's quirks, the SQLite DDL parser, default normalization. */
package io.strata.migrations.inspect.internal;
