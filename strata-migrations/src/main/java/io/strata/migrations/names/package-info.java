/**
 * How long a name may be on each database, and how Strata shortens one that is too long.
 * {@link io.strata.migrations.names.IdentifierLimits#violations} finds the names operations introduce
 * (tables, columns, indexes, constraints) that a database would refuse or silently truncate;
 * {@link io.strata.migrations.names.NameFitting#fit(String)} shortens a name the way the naming
 * convention does, so that a hand-written revision can use the same names autogenerate writes.
 */
package io.strata.migrations.names;
