/**
 * Two versions of the bookstore's next revision for the policy gate, each in its own package with the
 * committed revisions re-declared before it: {@code unsafe} (fails {@code db check --policy}) and {@code safe}.
 */
package io.strata.examples.bookstore.gate;
