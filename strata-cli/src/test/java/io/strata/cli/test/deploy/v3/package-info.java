/** The newest build: r3 drops a column (breaking). */
package io.strata.cli.test.deploy.v3;
