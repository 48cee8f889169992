/**
 * Test models enhanced by Hibernate's bytecode enhancement at build time (strata-core's pom runs
 * {@code hibernate-maven-plugin}'s {@code enhance} goal on this package's classes only).
 */
package io.strata.core.test.enhanced;
