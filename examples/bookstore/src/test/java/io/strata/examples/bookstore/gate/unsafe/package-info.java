/** The bookstore's revisions and a next one the policy gate fails: each of its three operations is unsafe. */
package io.strata.examples.bookstore.gate.unsafe;
