package io.strata.javalin.internal;

import io.strata.migrations.operations.Verdict;
import io.strata.migrations.safety.SafetyPlan;

/**
 * A revision the database has not applied yet, as the schema page shows it.
 *
 * @param id the revision id
 * @param message what it does
 * @param verdict whether code that does not know it keeps working once it ran
 * @param sql the SQL that runs it on this database (offline rendering: nothing is run)
 * @param safety what each of its operations locks and touches on this database
 */
record PendingRevision(String id, String message, Verdict verdict, String sql, SafetyPlan safety) {
}
