/** A model with a value the database computes, which getOrCreate must read back after inserting. */
package io.strata.core.test.computed;
