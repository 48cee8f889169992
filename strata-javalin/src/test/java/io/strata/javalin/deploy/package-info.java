/** Revision sets of a rolling deploy, for the health tests. */
package io.strata.javalin.deploy;
