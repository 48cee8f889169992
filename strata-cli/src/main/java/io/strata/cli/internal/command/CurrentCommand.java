package io.strata.cli.internal.command;

import java.util.Set;
import java.util.TreeSet;

import io.strata.core.Database;
import io.strata.migrations.revision.RevisionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db current [-v]}: the revisions recorded in the database. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision(s) recorded in the database. Needs no models.")
public final class CurrentCommand extends Subcommand {

    @Option(names = "-v", description = "Show each revision's details.")
    private boolean details;

    @Override
    public Integer call() {
        try (Database db = settings().withoutModels()) {
            Set<String> current = db.currentRevisions();
            RevisionSet revisions = db.migrator().revisions();
            if (current.isEmpty()) {
                out().println("(none)");
            }
            for (String id : new TreeSet<>(current)) {
                if ((details || verbose()) && revisions.graph().contains(id)) {
                    RevisionText.details(out(), revisions, id);
                } else {
                    out().println(id + RevisionText.tags(revisions.graph(), id));
                }
            }
        }
        return 0;
    }
}
