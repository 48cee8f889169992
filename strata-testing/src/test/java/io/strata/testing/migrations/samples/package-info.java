/** Small projects for the ready tests' own tests: one sound, and one per defect each ready test must catch. */
package io.strata.testing.migrations.samples;
