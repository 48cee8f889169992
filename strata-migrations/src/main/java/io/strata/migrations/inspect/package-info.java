/**
 * Reading a live database back into the neutral schema model: {@link io.strata.migrations.inspect.SchemaInspector}.
 *
 * <p>This is what drift detection compares the models with, and what a revision's effect can be
 * verified against. The per-database readers live in each database's package under
 * {@code io.strata.migrations.dialect.internal}.
 */
package io.strata.migrations.inspect;
