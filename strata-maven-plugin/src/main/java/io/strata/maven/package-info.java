/**
 * The {@code db} commands as Maven goals, prefix {@code strata}: {@code mvn strata:migrate
 * -Dstrata.message="add pinned"}, {@code strata:upgrade}, {@code strata:check} (bindable to
 * {@code verify} as the CI guard), {@code strata:status}… Each goal compiles the project first and runs
 * {@link io.strata.cli.StrataCli} over its compiled classes and runtime dependencies, in a class loader of
 * their own; nothing is packaged.
 */
package io.strata.maven;
