package io.strata.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.strata.core.Database;
import picocli.CommandLine;

/** Builds the {@code db} command tree over one run's settings and runs it. */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs one command and returns its exit code; everything written to {@code out} and {@code err}
     * passes through password masking first.
     */
    public static int execute(Database.Builder base, Console console, PrintWriter out, PrintWriter err, String... args) {
        List<String> seen = new ArrayList<>(List.of(args));
        seen.add(Settings.environment(Database.ENV_URL));
        Secrets secrets = Secrets.scan(seen);
        PrintWriter maskedOut = MaskingWriter.wrap(out, secrets);
        PrintWriter maskedErr = MaskingWriter.wrap(err, secrets);
        try {
            CommandLine commandLine = commandLine(new Settings(base, console));
            commandLine.setOut(maskedOut);
            commandLine.setErr(maskedErr);
            return commandLine.execute(args);
        } finally {
            maskedOut.flush();
            maskedErr.flush();
        }
    }

    /**
     * The command tree, with error handling, the exit codes in every command's help, and the libraries'
     * logging quieted once the options are parsed (see {@link Logging}).
     */
    public static CommandLine commandLine(Settings settings) {
        DbCommand root = new DbCommand(settings);
        CommandLine commandLine = new CommandLine(root);
        Errors errors = new Errors(root);
        commandLine.setExecutionStrategy(parsed -> {
            Logging.configure(root.verbose());
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        document(commandLine);
        return commandLine;
    }

    private static void document(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(io.strata.cli.ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(Cli::document);
    }
}
