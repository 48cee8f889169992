/** Benchmarks of autogenerate's schema diff. */
package io.strata.benchmarks.diff;
