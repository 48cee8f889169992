/**
 * The command line's implementation: the {@code db} command tree, its settings, error mapping and
 * password masking. Internal: not a supported API, it may change in any release.
 */
package io.strata.cli.internal;
