/**
 * Implementation of {@link io.strata.migrations.writer}: Java source text for operations, imports,
 * literals and class names. Unsupported API: it may change in any release.
 */
package io.strata.migrations.writer.internal;
