/** The test models with the book table renamed to volume. */
package io.strata.cli.test.renamed;
