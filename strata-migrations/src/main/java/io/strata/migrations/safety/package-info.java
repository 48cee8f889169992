/**
 * What an operation does to a production table on one database, before anything runs: the lock it
 * takes ({@link io.strata.migrations.safety.OperationSafety#lock()}), whether it is instant, scans or
 * rewrites the table ({@link io.strata.migrations.safety.Effect}), and the safer form where one exists.
 * {@link io.strata.migrations.safety.SafetyAdvisor#forDatabase(String)} gives the advisor of one database;
 * its knowledge is data kept in each database's package, with the documentation it comes from.
 */
package io.strata.migrations.safety;
