/** Tests of the dialect registry, the schema plan, and every dialect on its real database. */
package io.strata.migrations.dialect;
