/**
 * Support for Strata's benchmarks: the generated revisions ({@link io.strata.benchmarks.BenchRevisions}),
 * scratch databases ({@link io.strata.benchmarks.BenchDatabase}), the seeded bookstore database
 * ({@link io.strata.benchmarks.BookstoreSeed}), server child processes timed to ready
 * ({@link io.strata.benchmarks.ServerProcess}), and the whole-process mains that {@code benchmarks/run.sh}
 * times ({@link io.strata.benchmarks.UpgradeMain} against {@link io.strata.benchmarks.BaselineUpgradeMain}).
 * Nothing here is a test: speed is reported as ratios against a baseline measured in the same run (see
 * {@code benchmarks/README.md}).
 */
package io.strata.benchmarks;
