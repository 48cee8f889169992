/** Specifications of what the per-database readers share: default normalization, SQL text helpers, and the read-back fixture. */
package io.strata.migrations.inspect.internal;
