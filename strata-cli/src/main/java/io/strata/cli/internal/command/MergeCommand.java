package io.strata.cli.internal.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.core.Database;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;
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
        String pkg = settings().migrationsPackage(name());
        try (Database db = settings().withoutModels()) {
            RevisionGraph graph = db.migrator().revisions().graph();
            Set<String> parents = new LinkedHashSet<>();
            if (revisions.isEmpty()) {
                parents.addAll(graph.heads());
            }
            for (String revision : revisions) {
                parents.addAll(graph.resolve(revision));
            }
            if (parents.size() < 2) {
                throw new CliException(ExitCode.ERROR, "Nothing to merge: " + (revisions.isEmpty() ? "the heads are "
                        : revisions + " name ") + RevisionText.ids(parents) + ". A merge joins two or more revisions.");
            }
            RevisionSource source = RevisionWriter.forPackage(pkg).merge(message, List.copyOf(parents));
            Path file = source.writeTo(settings().sourceDir());
            out().println("Generated merge revision " + source.revisionId() + " of " + String.join(", ", parents)
                    + " (" + message + "): " + file);
        }
        return 0;
    }
}
