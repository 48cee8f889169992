/** Exact-SQL tests of each dialect (Alembic's {@code op_fixture} style) and their shared fixture. */
package io.strata.migrations.dialect.internal;
