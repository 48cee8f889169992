/** A good revision, then one whose SQL fails on every database. */
package io.strata.cli.test.failing;
