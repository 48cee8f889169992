/** Test fixtures: running commands in-process or as real processes, and capturing their output. */
package io.strata.cli.testing;
