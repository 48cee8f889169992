package io.strata.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.strata.cli.internal.command.CompletionCommand;
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
            CommandLine commandLine = commandLine(new Settings(base, console), args);
            commandLine.setOut(maskedOut);
            commandLine.setErr(maskedErr);
            return commandLine.execute(args);
        } finally {
            maskedOut.flush();
            maskedErr.flush();
        }
    }

    /**
     * The command tree for one run, with error handling, the exit codes in every command's help, and the
     * libraries' logging quieted once the options are parsed (see {@link Logging}). When {@code args} name a
     * subcommand, the root holds that subcommand alone, else all of them (help, completion, a misspelled
     * command and its suggestions need the whole tree).
     */
    static CommandLine commandLine(Settings settings, String[] args) {
        DbCommand root = new DbCommand(settings);
        CommandLine commandLine = new CommandLine(root);
        Class<?> named = named(args);
        for (Class<?> subcommand : DbCommand.SUBCOMMANDS) {
            if (named == null || named == subcommand) {
                commandLine.addSubcommand(subcommand);
            }
        }
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

    /**
     * The subcommand the first argument naming one names; {@code null} for none, for completion (whole tree), or
     * when a name follows an option written without {@code =} (it may be that option's value: the whole tree
     * then parses it, as before).
     */
    private static Class<?> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) {
                continue;
            }
            if (i > 0 && args[i - 1].startsWith("-") && !args[i - 1].contains("=")) {
                return null;
            }
            for (Class<?> subcommand : DbCommand.SUBCOMMANDS) {
                CommandLine.Command command = subcommand.getAnnotation(CommandLine.Command.class);
                if (command.name().equals(arg) || List.of(command.aliases()).contains(arg)) {
                    return subcommand == CompletionCommand.class ? null : subcommand;
                }
            }
            return null;
        }
        return null;
    }

    private static void document(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(io.strata.cli.ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(Cli::document);
    }
}
