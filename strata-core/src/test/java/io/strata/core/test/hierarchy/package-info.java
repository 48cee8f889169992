/**
 * Test models enhanced at build time that include an inheritance hierarchy, which Hibernate proxies at runtime
 * even when enhanced.
 */
package io.strata.core.test.hierarchy;
