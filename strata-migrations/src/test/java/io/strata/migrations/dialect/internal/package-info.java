/** Exact-SQL tests of each dialect (Alembic's {@code op_fixture} style), their shared fixture, and the database registry. */
package io.strata.migrations.dialect.internal;
