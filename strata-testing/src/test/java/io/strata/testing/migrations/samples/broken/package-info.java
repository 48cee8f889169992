/** Sample revisions: a revision whose upgrade does not run. */
package io.strata.testing.migrations.samples.broken;
