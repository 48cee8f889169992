/** A revision that fails half-way. */
package io.strata.migrations.runner.broken;
