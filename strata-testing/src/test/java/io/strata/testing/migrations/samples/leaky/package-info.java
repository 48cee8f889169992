/** Sample revisions: a downgrade that leaves its column behind. */
package io.strata.testing.migrations.samples.leaky;
