/**
 * Implementation of the Javalin plugin: the request's end, error bodies, health routes, query
 * parameters. Unsupported: anything here may change without notice; use {@code io.strata.javalin}.
 */
package io.strata.javalin.internal;
