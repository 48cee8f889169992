package io.strata.cli.internal.command;

import java.util.ArrayList;
import java.util.List;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.core.GeneratedRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db merge -m <revs>}: a revision joining several heads. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a merge revision that joins several heads into one. Needs no models and no connection.")
public final class MergeCommand extends Subcommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "E.g. \"merge heads\".")
    private String message;

    @Parameters(arity = "0..*", paramLabel = "REV", description = "The revisions to join (default: heads, all of them).")
    private List<String> revisions = new ArrayList<>();

    @Override
    public Integer call() {
        settings().migrationsPackage(name());
        try (Database db = settings().withoutModels()) {
            GeneratedRevision merge = db.merge(message, settings().sourceDir(), revisions.toArray(String[]::new));
            out().println(merge.summary());
        }
        return ExitCode.OK;
    }
}
