/**
 * Reading profiles of the benchmarked servers: {@link io.strata.benchmarks.profile.LibraryShares} charges
 * an async-profiler CPU profile's samples to the libraries that spent them ({@code http-cpu.sh} prints it).
 */
package io.strata.benchmarks.profile;
