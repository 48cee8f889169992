/** Revisions that build exactly the test models' schema: authors, then books. */
package io.strata.cli.test.migrations;
