package io.strata.cli.internal.command;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import io.strata.ErrorKind;
import io.strata.cli.internal.CliException;
import io.strata.core.Database;
import io.strata.migrations.picture.PictureFormat;
import io.strata.migrations.picture.SchemaPicture;
import io.strata.migrations.revision.RevisionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code db erd [REV] [--format mermaid|dot|svg] [-o FILE]}: the schema at a revision as an ER diagram. */
@Command(name = "erd", mixinStandardHelpOptions = true,
        description = {"Draw the schema the revisions create at a revision as an entity-relationship diagram: tables,"
                + " columns with their types and PK/FK/UK markers, and the foreign keys with their cardinality.",
            "Needs no models; connects only for REV current."})
public final class ErdCommand extends Subcommand {

    private static final String CURRENT = "current";

    @Parameters(index = "0", arity = "0..1", paramLabel = "REV", defaultValue = "head",
            description = "head (the default), heads, current (the database's revision: needs a URL), a revision id,"
                    + " prefix or branch label, or a target such as head-1; base draws the empty schema.")
    private String revision;

    @Mixin
    private PictureOptions picture;

    @Override
    public Integer call() {
        PictureFormat format = picture.format();
        RevisionSet revisions = settings().revisions(name());
        Collection<String> versions = CURRENT.equalsIgnoreCase(revision.strip()) ? current(revisions)
                : revisions.graph().resolve(revision);
        picture.write(SchemaPicture.of(revisions.schemaAt(versions)).render(format), out());
        return 0;
    }

    private Set<String> current(RevisionSet revisions) {
        if (!settings().hasUrl()) {
            throw new CliException(ErrorKind.CONFIGURATION, "'db erd current' draws the schema at the database's"
                    + " revision: give its URL with --url or DATABASE_URL, or name a revision (db erd head).");
        }
        Set<String> current;
        try (Database db = settings().withoutModels()) {
            current = db.currentRevisions();
        }
        Set<String> unknown = new TreeSet<>(current);
        unknown.removeIf(revisions.graph()::contains);
        if (!unknown.isEmpty()) {
            throw new CliException(ErrorKind.NOT_FOUND, "The database is at " + String.join(", ", unknown) + ", which"
                    + " these migrations do not have, so its schema cannot be replayed; run the version of the"
                    + " application that wrote it, or name a revision these migrations have (db erd head).");
        }
        return current;
    }
}
