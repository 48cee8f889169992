package io.strata.cli.internal.command;

import java.util.ArrayList;
import java.util.List;

import io.strata.ErrorKind;
import io.strata.cli.internal.CliException;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.safety.SafetyPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db show <rev>}: one revision's details. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a revision: id, parents, class, creation time, message, and its safety plan: what each"
            + " upgrade operation locks and touches on the URL's database (or each --dialect). Needs no models and no"
            + " connection; no URL with --dialect."})
public final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, head, heads.")
    private String revision;

    @Option(names = "--dialect", paramLabel = "NAME", description = "A database whose safety plan to print: sqlite, h2,"
            + " postgresql or mariadb. Repeatable; default: the URL's.")
    private List<String> dialects = new ArrayList<>();

    @Override
    public Integer call() {
        // The revisions alone: the URL only names the default dialect; no driver, no connection.
        RevisionSet revisions = settings().revisions(name());
        List<String> ids = revisions.graph().resolve(revision);
        if (ids.isEmpty()) {
            throw new CliException(ErrorKind.NOT_FOUND, "'" + revision + "' names no revision; give a revision id,"
                    + " a unique prefix of one, or head.");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                out().println();
            }
            RevisionText.details(out(), revisions, ids.get(i));
            printSafety(revisions, ids.get(i));
        }
        return 0;
    }

    private void printSafety(RevisionSet revisions, String id) {
        for (String database : SafetyLines.databases(this, dialects)) {
            SafetyLines.print(out(), SafetyPlan.ofRevision(revisions, id, database));
        }
    }
}
