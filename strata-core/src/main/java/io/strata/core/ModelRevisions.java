package io.strata.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.strata.DatabaseAccessException;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.graph.MultipleHeadsException;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.writer.ExpandContractRevisions;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;

/**
 * Autogenerate, merge, check and drift: the models compared with the schema the revisions build
 * (replayed, no database needed) and with the live database. What {@link Database} delegates to.
 */
final class ModelRevisions {

    private static final String MIGRATE_HINT = "Generate a revision for them: db migrate -m \"describe the change\""
            + " (Database.autogenerate), review it, and commit it with the models.";

    private final Supplier<Schema> models;
    private final Supplier<Migrator> migrator;
    private final String migrationsPackage;
    private final String dialectName;
    private final DataSource dataSource;

    ModelRevisions(Supplier<Schema> models, Supplier<Migrator> migrator, String migrationsPackage, String dialectName,
            DataSource dataSource) {
        this.models = models;
        this.migrator = migrator;
        this.migrationsPackage = migrationsPackage;
        this.dialectName = dialectName;
        this.dataSource = dataSource;
    }

    GeneratedRevision autogenerate(String message, DiffOptions options) {
        requireMessage(message, "autogenerate");
        Objects.requireNonNull(options, "options (DiffOptions.defaults() for none)");
        RevisionWriter writer = writer("autogenerate");
        RevisionSet revisions = migrator.get().revisions();
        List<String> heads = revisions.graph().heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads, "autogenerate", "Cannot generate a revision: the revisions in "
                    + migrationsPackage + " have " + heads.size() + " heads (" + String.join(", ", heads)
                    + "), and a new revision must follow a single one. Merge them first with `db merge -m \"merge heads\"`"
                    + " (Database.merge), compile, then generate again.");
        }
        SchemaDiff diff = SchemaDiff.between(revisions.schemaAtHeads(), models.get(), options);
        if (diff.isEmpty()) {
            return GeneratedRevision.plain(null, heads);
        }
        RevisionSource source = writer.withSafetyOn(List.of(dialectName)).revision(message, heads, diff);
        return new GeneratedRevision(source, null, heads, diff.differences(), diff.dataLossWarnings(),
                diff.notNullWithoutDefault(), diff.likelyRenames(), diff.oneOffDefaults(), diff.unsupportedChanges(), diff);
    }

    List<GeneratedRevision> autogenerateExpandContract(String message, DiffOptions options) {
        GeneratedRevision plain = autogenerate(message, options);
        if (plain.isEmpty()) {
            return List.of(plain);
        }
        List<String> heads = plain.parents();
        SchemaDiff diff = SchemaDiff.between(migrator.get().revisions().schemaAtHeads(), models.get(), options);
        ExpandContractRevisions pair = writer("autogenerate").withSafetyOn(List.of(dialectName))
                .expandContract(message, heads, diff);
        if (pair.contract().isEmpty()) {
            return List.of(new GeneratedRevision(pair.expand(), null, heads, diff.differences(), diff.dataLossWarnings(),
                    diff.notNullWithoutDefault(), diff.likelyRenames(), diff.oneOffDefaults(), diff.unsupportedChanges(), diff));
        }
        // The warnings and the safety plan are the change's as a whole; each revision lists the differences it carries.
        GeneratedRevision expand = new GeneratedRevision(pair.expand(), null, heads, diff.differences(), List.of(),
                List.of(), diff.likelyRenames(), diff.oneOffDefaults(), diff.unsupportedChanges(), null);
        GeneratedRevision contract = new GeneratedRevision(pair.contract().get(), null, List.of(pair.expand().revisionId()),
                List.of(), diff.dataLossWarnings(), List.of(), List.of(), List.of(), List.of(), diff);
        return List.of(expand, contract);
    }

    GeneratedRevision merge(String message, List<String> parents) {
        requireMessage(message, "merge");
        RevisionWriter writer = writer("merge");
        RevisionSet revisions = migrator.get().revisions();
        List<String> joined = new ArrayList<>();
        if (parents.isEmpty()) {
            joined.addAll(revisions.graph().heads());
        } else {
            for (String parent : parents) {
                // A full id, a unique prefix, a label or a target such as heads.
                for (String id : revisions.graph().resolve(parent)) {
                    if (!joined.contains(id)) {
                        joined.add(id);
                    }
                }
            }
        }
        if (joined.size() < 2) {
            throw new NothingToMergeException(joined, "Nothing to merge: " + (parents.isEmpty()
                    ? "the revisions in " + migrationsPackage + " have " + (joined.isEmpty() ? "no head" : "a single head, "
                            + joined.get(0)) + "."
                    : "a merge joins at least two revisions, got " + joined + ".")
                    + " A merge revision is needed only when `db heads` lists several.");
        }
        RevisionSource source = writer.merge(message, joined);
        return GeneratedRevision.plain(source, joined);
    }

    SchemaCheck check() {
        RevisionSet revisions = migrator.get().revisions();
        List<String> heads = revisions.graph().heads();
        Schema atHeads = revisions.schemaAtHeads();
        String subject = "the revisions" + (heads.isEmpty() ? " (there are none yet)" : " at " + headsLabel(heads))
                + " and the models";
        Schema modelSchema = models.get();
        // Equal schemas (the usual case at start-up) need no comparison, nor the diff engine's classes loaded.
        List<Difference> differences = atHeads.equals(modelSchema) ? List.of()
                : SchemaComparison.between(atHeads, modelSchema).differences();
        return new SchemaCheck(subject, differences,
                "The models have changes no revision captures. " + MIGRATE_HINT);
    }

    DriftReport drift() {
        Migrator runner = migrator.get();
        Set<String> versions = runner.current();
        Schema live;
        List<Difference> storage;
        try (Connection connection = dataSource.getConnection()) {
            SchemaInspector inspector = SchemaInspector.create()
                    .excluding(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE));
            live = inspector.inspect(connection);
            storage = inspector.storage(connection);
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Cannot read the schema of the database to compare it with the models: "
                    + e.getMessage() + "; check that the database is reachable", e);
        }
        DiffOptions asStored = DiffOptions.defaults().ignoringRepresentationOf(dialectName);
        SchemaCheck vsModels = new SchemaCheck("the database and the models",
                SchemaComparison.between(live, models.get(), asStored).differences(),
                "Upgrade the database (db upgrade) if revisions are pending; otherwise it was changed outside the"
                        + " revisions, or the models have changes no revision captures (db check).");
        SchemaCheck vsRecorded = null;
        if (!versions.isEmpty()) {
            List<String> sorted = versions.stream().sorted().toList();
            vsRecorded = new SchemaCheck("the database and its recorded " + headsLabel(sorted).replace("head", "revision"),
                    SchemaComparison.between(live, runner.revisions().schemaAt(sorted), asStored).differences(),
                    "The database was changed outside the revisions (or a revision was edited after it ran):"
                            + " undo those changes, or capture them in a new revision.");
        }
        SchemaCheck vsStorage = new SchemaCheck("the tables' storage and the one Strata creates tables with", storage,
                "Convert each table as its line says (a table created outside Strata in the database's default character"
                        + " set cannot store every name).");
        return new DriftReport(vsModels, vsRecorded, vsStorage, versions);
    }

    private RevisionWriter writer(String what) {
        if (migrationsPackage == null) {
            throw new ConfigurationException("migrations", what + " writes a revision into the migrations package, and"
                    + " this Database has none. Give it: Database.builder().migrations(\"com.example.migrations\") or"
                    + " DB_MIGRATIONS_LOCATION.");
        }
        return RevisionWriter.forPackage(migrationsPackage);
    }

    private static void requireMessage(String message, String what) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException(what + " needs a message saying what the revision does, e.g. \"add stores\"");
        }
    }

    private static String headsLabel(List<String> heads) {
        return (heads.size() == 1 ? "head " : "heads ") + String.join(", ", heads);
    }
}
