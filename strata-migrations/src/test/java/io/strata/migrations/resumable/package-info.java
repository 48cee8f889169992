/** A revision whose DDL a test cuts off mid-way (a paused operation between its DDL operations). */
package io.strata.migrations.resumable;
