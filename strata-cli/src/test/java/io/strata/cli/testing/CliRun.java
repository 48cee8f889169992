package io.strata.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.strata.cli.internal.Cli;
import io.strata.cli.internal.Console;
import io.strata.core.Database;
import io.strata.testing.TestDatabase;

/**
 * Runs {@code db} commands in-process, capturing stdout and stderr, and checks every run's output
 * for the test password (which must never appear).
 */
public final class CliRun {

    private static final List<String> ALL_OUTPUT = new ArrayList<>();

    private CliRun() {
    }

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {

        /** Stdout then stderr. */
        public String all() {
            return out + err;
        }

        /** Stderr without the "Database: …" line a command that changes a database prints first. */
        public String problem() {
            return err.startsWith("Database: ") ? err.substring(err.indexOf('\n') + 1) : err;
        }

        /** Stdout's lines. */
        public List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Runs a command standalone (settings from the arguments and system properties). */
    public static Result db(String... args) {
        return db(Database.builder(), nonInteractive(), args);
    }

    /** Runs a command over an application's builder, with a console. */
    public static Result db(Database.Builder base, Console console, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(base, console, new PrintWriter(out), new PrintWriter(err), args);
        Result result = new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
        synchronized (ALL_OUTPUT) {
            ALL_OUTPUT.add(result.all());
        }
        assertThat(result.all()).as("output of db %s", String.join(" ", args)).doesNotContain(TestDatabase.PASSWORD);
        return result;
    }

    /** Everything any command wrote in this JVM so far. */
    public static List<String> allOutput() {
        synchronized (ALL_OUTPUT) {
            return List.copyOf(ALL_OUTPUT);
        }
    }

    /** A console with no terminal. */
    public static Console nonInteractive() {
        return new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String readLine(String prompt) {
                throw new AssertionError("asked '" + prompt + "' without a terminal");
            }
        };
    }

    /** A terminal that answers with these lines, in order. */
    public static Console answering(String... answers) {
        Deque<String> queue = new ArrayDeque<>(List.of(answers));
        return new Console() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return queue.poll();
            }
        };
    }
}
