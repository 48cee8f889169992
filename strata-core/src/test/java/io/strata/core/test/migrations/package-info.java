/** Revisions that build, step by step, the same schema as the test models' {@code createAll()}. */
package io.strata.core.test.migrations;
