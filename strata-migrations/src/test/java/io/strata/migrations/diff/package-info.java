/** Specifications of the schema diff: each detectable change, ordering, renames, data loss, and round trips on real databases. */
package io.strata.migrations.diff;
