/** The same change in its safe forms, with the one data-dependent step allowed by a written reason. */
package io.strata.cli.test.gate.safe;
