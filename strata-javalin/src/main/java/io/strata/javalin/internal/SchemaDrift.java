package io.strata.javalin.internal;

import io.strata.core.Database;
import io.strata.core.DriftReport;
import io.strata.core.SchemaCheck;

/**
 * How the models differ from the revisions ({@code db check}) and from the live database ({@code db drift});
 * both {@code null} when the database has no models.
 *
 * @param revisions the schema the revisions build against the models
 * @param live the live database against the models and its recorded revisions
 */
record SchemaDrift(SchemaCheck revisions, DriftReport live) {

    /** Compares, reading the live schema; nothing when {@code db} has no models. */
    static SchemaDrift of(Database db) {
        if (db.config().models().isEmpty()) {
            return new SchemaDrift(null, null);
        }
        return new SchemaDrift(db.check(), db.drift());
    }

    /** Whether models are configured (else there is nothing to compare). */
    boolean hasModels() {
        return revisions != null;
    }

    /** Whether the models, the revisions and the database agree. */
    boolean isEmpty() {
        return revisions.isEmpty() && live.isEmpty();
    }
}
