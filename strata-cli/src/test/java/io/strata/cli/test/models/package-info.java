/** The command line tests' models: authors and their books. */
package io.strata.cli.test.models;
