/**
 * Comparing two neutral schemas: {@link io.strata.migrations.diff.SchemaDiff} turns the differences
 * into ordered, reversible operations (what autogenerate writes into a revision), and
 * {@link io.strata.migrations.diff.SchemaComparison} lists them one line each (what {@code check} and
 * drift detection print).
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(revisions.schemaAtHeads(), models,
 *         DiffOptions.defaults().renameColumn("book", "title", "name").oneOffDefault("book", "pages", "0"));
 * diff.upgradeOperations();   // what the new revision's upgrade does
 * diff.dataLossWarnings();    // drops and narrowing type changes, to review
 * diff.notNullWithoutDefault(); // NOT NULL columns added without a default: they fail on rows there are
 * diff.likelyRenames();       // drop + add pairs that look like renames
 * }</pre>
 *
 * <p>Names of tables, columns, keys, constraints and indexes are compared without regard to case;
 * check constraints are compared by name only (each database rewrites their text its own way); a
 * primary key named {@code PRIMARY} (MariaDB keeps no primary key names) matches any name. The
 * implementation lives in {@code io.strata.migrations.diff.internal}.
 */
package io.strata.migrations.diff;
