/**
 * Test models that use every mapping feature the neutral schema covers: identity ids, one-to-many
 * and many-to-many (join tables), embeddables, enums, column attributes, named and unnamed indexes
 * and unique constraints, server defaults, checks, on-delete cascade, and both table-per-hierarchy
 * and joined inheritance.
 */
package io.strata.core.test.mapping;
