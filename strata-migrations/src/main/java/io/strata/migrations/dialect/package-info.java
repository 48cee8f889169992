/**
 * The dialect SPI: {@link io.strata.migrations.dialect.Dialect} renders operations to the SQL of one
 * database; {@link io.strata.migrations.dialect.Dialects} finds the implementations (each database's
 * package under {@code io.strata.migrations.dialect.internal}, found through
 * {@link java.util.ServiceLoader}, so a new database is a new package plus a
 * {@code META-INF/services} line); {@link io.strata.migrations.dialect.SchemaPlan} turns a whole
 * schema into the operations that create or drop it in a foreign-key-safe order.
 */
package io.strata.migrations.dialect;
