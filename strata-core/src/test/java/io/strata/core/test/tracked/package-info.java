/**
 * A test model enhanced at build time with Hibernate's dirty tracking and a public field, which other classes
 * can write without the change being recorded.
 */
package io.strata.core.test.tracked;
