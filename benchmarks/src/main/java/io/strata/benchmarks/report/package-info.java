/**
 * The results table of {@code benchmarks/run.sh}: Strata against its baselines, with ratios and errors.
 */
package io.strata.benchmarks.report;
