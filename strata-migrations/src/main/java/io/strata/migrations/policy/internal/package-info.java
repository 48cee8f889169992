/**
 * Implementation of {@link io.strata.migrations.policy}: the built-in rules, the report's formats and the
 * row probe. Unsupported API: it may change in any release.
 */
package io.strata.migrations.policy.internal;
