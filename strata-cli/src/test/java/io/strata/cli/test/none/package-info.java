/** A migrations package without revisions: a project before its first {@code db migrate}. */
package io.strata.cli.test.none;
