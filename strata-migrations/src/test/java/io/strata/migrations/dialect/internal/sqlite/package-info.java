/** Specifications of SQLite support: the exact SQL of its dialect and how its catalog reads back, its CREATE TABLE parser. */
package io.strata.migrations.dialect.internal.sqlite;
