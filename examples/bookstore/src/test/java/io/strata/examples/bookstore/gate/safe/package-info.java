/** The bookstore's revisions and the same next revision in its safe forms, its one data-dependent step allowed. */
package io.strata.examples.bookstore.gate.safe;
