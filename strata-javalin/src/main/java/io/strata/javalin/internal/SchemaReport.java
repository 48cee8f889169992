package io.strata.javalin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.strata.core.Database;
import io.strata.javalin.Readiness;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.picture.PictureFormat;
import io.strata.migrations.picture.RevisionGraphPicture;
import io.strata.migrations.picture.SchemaPicture;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SchemaStatus;
import io.strata.migrations.runner.SqlScript;
import io.strata.migrations.safety.SafetyPlan;

/**
 * Everything the schema page shows, read once per request: the status (one query of the version table),
 * then what follows from it without touching the database (graph, pending SQL, ER diagram), and the
 * drift (which reads the live schema). Reads only: nothing here migrates or writes.
 *
 * @param database the database's URL, password masked
 * @param status where the database stands
 * @param readiness what the readiness route answers
 * @param graph the revision graph as SVG, with the database's position when known ({@code null} value: no revisions)
 * @param pending the revisions an upgrade to the heads would run, in order
 * @param drift the models against the revisions and the live database
 * @param erd the schema at the database's revision as SVG ({@code null} value: no revision yet)
 */
record SchemaReport(String database, Outcome<SchemaStatus> status, Outcome<Readiness> readiness, Outcome<String> graph,
        Outcome<List<PendingRevision>> pending, Outcome<SchemaDrift> drift, Outcome<String> erd) {

    /** Reads the report of {@code db}, with the readiness {@code readiness} decides. */
    static SchemaReport read(Database db, Supplier<Readiness> readiness) {
        Outcome<SchemaStatus> status = Outcome.of("the database's status", db::checkedStatus);
        Outcome<Migrator> migrator = Outcome.of("the revisions", db::migrator);
        Set<String> position = status.ok() ? status.value().current() : null;
        return new SchemaReport(db.config().url(), status,
                Outcome.of("the readiness", readiness),
                Outcome.of("the revision graph", () -> graph(migrator, position)),
                Outcome.of("the pending revisions", () -> pending(migrator, status)),
                Outcome.of("the drift against the models", () -> SchemaDrift.of(db)),
                Outcome.of("the ER diagram", () -> erd(migrator, status)));
    }

    private static String graph(Outcome<Migrator> migrator, Set<String> position) {
        RevisionGraph graph = revisions(migrator).graph();
        if (graph.size() == 0) {
            return null;
        }
        RevisionGraphPicture picture = RevisionGraphPicture.of(graph);
        return (position == null ? picture : picture.at(position)).render(PictureFormat.SVG);
    }

    private static List<PendingRevision> pending(Outcome<Migrator> migrator, Outcome<SchemaStatus> status) {
        Set<String> current = known(migrator, status);
        RevisionSet revisions = revisions(migrator);
        SqlScript script = migrator.value().upgradeSqlFrom(current, "heads");
        List<PendingRevision> pending = new ArrayList<>();
        for (MigrationStep step : revisions.graph().planUpgrade(current, "heads").steps()) {
            String id = step.id();
            pending.add(new PendingRevision(id, step.revision().message(),
                    revisions.revision(id).verdict(revisions.schemaAt(step.revision().parents())),
                    script.ofRevision(id).text(), SafetyPlan.ofRevision(revisions, id, script.dialect())));
        }
        return pending;
    }

    private static String erd(Outcome<Migrator> migrator, Outcome<SchemaStatus> status) {
        Set<String> current = known(migrator, status);
        return current.isEmpty() ? null : SchemaPicture.of(revisions(migrator).schemaAt(current)).render(PictureFormat.SVG);
    }

    /** The database's revisions, all of which these revisions must know (a database ahead cannot be replayed). */
    private static Set<String> known(Outcome<Migrator> migrator, Outcome<SchemaStatus> status) {
        if (!status.ok()) {
            throw new IllegalStateException("the database's status is unknown, so is its position (see Status).");
        }
        RevisionGraph graph = revisions(migrator).graph();
        Set<String> unknown = new TreeSet<>(status.value().current());
        unknown.removeIf(graph::contains);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the database is at " + String.join(", ", unknown) + ", which this"
                    + " code's revisions do not have (a newer version of the application applied it).");
        }
        return status.value().current();
    }

    private static RevisionSet revisions(Outcome<Migrator> migrator) {
        if (!migrator.ok()) {
            throw new IllegalStateException(migrator.error());
        }
        return migrator.value().revisions();
    }
}
