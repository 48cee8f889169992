/**
 * What an operation does to a production table on one database, before anything runs: the lock it
 * takes ({@link io.strata.migrations.safety.OperationSafety#lock()}), whether it is instant, scans or
 * rewrites the table ({@link io.strata.migrations.safety.Effect}), and the safer form where one exists.
 * {@link io.strata.migrations.safety.SafetyAdvisor#forDatabase(String)} gives the advisor of one database;
 * its knowledge is data kept in each database's package ({@link io.strata.migrations.safety.SafetyRules},
 * one rule per {@link io.strata.migrations.safety.OperationShape}), with the documentation it comes from,
 * and is published as {@code docs/migration-safety.md}. {@link io.strata.migrations.safety.SafetyPlan}
 * assesses a revision's operations in order; {@link io.strata.migrations.safety.TableSizes} reads how many
 * rows a live table has, to weigh an assessment.
 */
package io.strata.migrations.safety;
