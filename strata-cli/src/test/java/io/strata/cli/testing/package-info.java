/** Test fixtures: running commands in-process and capturing their output. */
package io.strata.cli.testing;
