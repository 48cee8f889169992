/** Sample revisions: two heads nobody merged. */
package io.strata.testing.migrations.samples.forked;
