/** The next build: r2 adds a nullable column (compatible). */
package io.strata.cli.test.deploy.v2;
