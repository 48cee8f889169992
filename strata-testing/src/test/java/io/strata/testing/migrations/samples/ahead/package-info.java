/** Models one column ahead of every sample's head revision. */
package io.strata.testing.migrations.samples.ahead;
