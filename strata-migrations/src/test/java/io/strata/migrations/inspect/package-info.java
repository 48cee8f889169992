/** Specifications of {@link io.strata.migrations.inspect.SchemaInspector}, proved on every supported database. */
package io.strata.migrations.inspect;
