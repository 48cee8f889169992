/** Tests of the operations: reverses, schema replay and the DSL. */
package io.strata.migrations.operations;
