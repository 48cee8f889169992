/** Revisions the policy gate fails: a NOT NULL column without a default, a unique constraint, a plain index. */
package io.strata.cli.test.gate.unsafe;
