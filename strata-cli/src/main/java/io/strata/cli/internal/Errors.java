package io.strata.cli.internal;

import java.io.PrintWriter;
import java.sql.SQLException;

import io.strata.ErrorKind;
import io.strata.StrataException;
import io.strata.cli.ExitCode;
import io.strata.core.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into a message on stderr and an {@link ExitCode}: no stack trace unless
 * {@code --verbose}.
 */
public final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final DbCommand root;

    /** Handles the errors of commands under this root. */
    public Errors(DbCommand root) {
        this.root = root;
    }

    /**
     * The exit code for an exception: {@link ExitCode#UNREACHABLE} when the database could not be
     * reached (whatever failed on top of that), else the code for the error's {@link ErrorKind}.
     */
    public static int exitCode(Throwable e) {
        if (unreachable(e)) {
            return ExitCode.UNREACHABLE;
        }
        return e instanceof StrataException strata ? ExitCode.of(strata.kind()) : ExitCode.ERROR;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrataException strata && strata.kind() == ErrorKind.UNREACHABLE) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = exitCode(e);
        err.println("Error: " + message(e));
        if (root.verbose()) {
            e.printStackTrace(err);
        } else if (code == ExitCode.ERROR) {
            err.println("(run with --verbose for the stack trace)");
        }
        err.flush();
        return code;
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (e instanceof ConfigurationException config && (config.setting().equals("url")
                || config.setting().equals("DATABASE_URL")) && message.contains("is not set")) {
            message += " On the command line: --url URL, or the DATABASE_URL environment variable.";
        }
        return message;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("Error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE;
    }
}
