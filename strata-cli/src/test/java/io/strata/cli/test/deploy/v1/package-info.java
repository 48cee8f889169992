/** The oldest build of a deploy: r1 creates a table. */
package io.strata.cli.test.deploy.v1;
