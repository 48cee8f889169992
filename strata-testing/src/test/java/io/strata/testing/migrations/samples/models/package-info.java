/** The sample models: one shelf table, which the sound revisions build exactly. */
package io.strata.testing.migrations.samples.models;
