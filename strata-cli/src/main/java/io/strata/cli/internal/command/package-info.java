/** One class per {@code db} subcommand. Internal: not a supported API. */
package io.strata.cli.internal.command;
