/** Programs the tests start as separate JVM processes (replicas racing to sync). */
package io.strata.core.process;
