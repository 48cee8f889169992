/** Only the first revision of the test migrations: the models have books no revision creates. */
package io.strata.cli.test.authors;
