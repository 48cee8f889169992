/**
 * How the goals run the command line over a project: its class loader and the launcher loaded into it.
 * Internal: unsupported, may change without notice.
 */
package io.strata.maven.internal;
