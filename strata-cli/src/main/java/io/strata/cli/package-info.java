/**
 * The {@code db …} command line: {@link io.strata.cli.StrataCli} runs it standalone or from an
 * application's {@code main}, and {@link io.strata.cli.ExitCode} lists what its exit codes mean.
 * Everything else is in {@code io.strata.cli.internal}, which is not a supported API.
 */
package io.strata.cli;
