/** A revision that fails half-way, the same revision fixed, and one edited where it had already run. */
package io.strata.migrations.runner.broken;
