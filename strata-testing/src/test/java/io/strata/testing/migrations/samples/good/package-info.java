/** Sample revisions: sound, building exactly the sample models. */
package io.strata.testing.migrations.samples.good;
