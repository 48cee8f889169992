package io.strata.cli.internal.command;

import java.nio.file.Path;
import java.util.List;

import io.strata.core.Database;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db revision -m}: an empty revision to fill by hand. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write an empty revision after the head, to fill in by hand (data migrations, raw SQL)."
                + " Needs no models and no connection.")
public final class RevisionCommand extends Subcommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the revision does.")
    private String message;

    @Override
    public Integer call() {
        String pkg = settings().migrationsPackage(name());
        try (Database db = settings().withoutModels()) {
            List<String> heads = Heads.single(db.migrator().heads(), name());
            RevisionSource source = RevisionWriter.forPackage(pkg).revision(message, heads, List.of(), List.of());
            Path file = source.writeTo(settings().sourceDir());
            out().println("Generated revision " + source.revisionId() + " (" + message + "): " + file);
        }
        return 0;
    }
}
