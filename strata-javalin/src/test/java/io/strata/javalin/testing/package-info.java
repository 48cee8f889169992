/** Test fixtures of the plugin's tests: a shared database per kind, a running app, an HTTP client. */
package io.strata.javalin.testing;
