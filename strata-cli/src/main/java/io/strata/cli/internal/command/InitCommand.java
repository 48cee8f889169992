package io.strata.cli.internal.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import io.strata.ErrorKind;
import io.strata.cli.internal.CliException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db init}: creates the migrations package, as {@code flask db init} creates the migrations directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the migrations package under the source directory, with a package-info.java."
                + " Refuses when it already holds revisions. Needs no database (and no URL).")
public final class InitCommand extends Subcommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PACKAGE",
            description = "The package to create, e.g. com.example.migrations (default: the configured migrations"
                    + " package: --migrations, DB_MIGRATIONS_LOCATION or the application's).")
    private String packageName;

    @Override
    public Integer call() {
        String pkg = packageName != null ? packageName : configuredPackage();
        Path dir = settings().sourceDir().resolve(pkg.replace('.', '/'));
        Optional<Path> revision = firstRevision(dir);
        if (revision.isPresent()) {
            throw new CliException(ErrorKind.CONFLICT, "The migrations package " + pkg + " already holds revisions ("
                    + revision.get() + "); 'db init' is for a project without migrations. Run 'db migrate -m \"…\"'"
                    + " to add a revision.");
        }
        Path info = dir.resolve("package-info.java");
        if (Files.exists(info)) {
            out().println("The migrations package " + pkg + " is already initialized: " + info);
            return 0;
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(info, "/**\n"
                    + " * The database revisions of this application: written by {@code db migrate} (or {@code db revision}),\n"
                    + " * reviewed, committed, and applied by {@code db upgrade} or {@code Database.sync()}.\n"
                    + " */\n"
                    + "package " + pkg + ";\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + info + ": " + e.getMessage()
                    + "; check that " + settings().sourceDir() + " is a writable source directory", e);
        }
        out().println("Created " + info);
        out().println("Next: configure the migrations (DB_MIGRATIONS_LOCATION=" + pkg + " or Database.builder().migrations(\""
                + pkg + "\")), then run: db migrate -m \"initial\"");
        return 0;
    }

    private String configuredPackage() {
        return settings().migrationsLocation().orElseThrow(() -> new CliException(ErrorKind.CONFIGURATION,
                "'db init' needs the name of the package to create: run 'db init com.example.migrations' (or configure"
                + " it with --migrations or DB_MIGRATIONS_LOCATION)."));
    }

    private static Optional<Path> firstRevision(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .filter(InitCommand::declaresRevision)
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean declaresRevision(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("@Revision");
        } catch (IOException e) {
            return false;
        }
    }
}
