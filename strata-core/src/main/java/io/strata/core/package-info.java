/**
 * Strata's public API for applications: {@link io.strata.core.Database}, the one object that owns
 * the connection pool, Hibernate, scoped sessions, the everyday query helpers and the schema.
 *
 * <pre>{@code
 * Database db = Database.builder()
 *         .url("sqlite:///app.db")
 *         .models("com.example.models")
 *         .build();
 * db.createAll();
 * var result = db.getOrCreate(User.class, Map.of("name", "ada"));
 * db.commit();
 * }</pre>
 */
package io.strata.core;
