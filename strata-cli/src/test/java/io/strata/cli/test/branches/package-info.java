/** A base revision and two branches after it: two heads. */
package io.strata.cli.test.branches;
