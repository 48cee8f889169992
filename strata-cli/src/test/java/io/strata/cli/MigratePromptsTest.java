package io.strata.cli;

import static io.strata.cli.Fixtures.AUTHORS_ONLY;
import static io.strata.cli.testing.CliRun.db;
import static io.strata.cli.testing.CliRun.nonInteractive;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.cli.internal.Console;
import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;

/**
 * {@code db migrate}'s questions, as Django's {@code makemigrations} asks them: in a terminal, whether a
 * likely rename is one and a one-off default for a NOT NULL column added without one; without a terminal,
 * the flags and their hints. The revisions create author(id, email, name); the models rename name to
 * full_name and add a NOT NULL rating without a default.
 */
class MigratePromptsTest {

    private static final String PROMPTS = "io.strata.cli.test.prompts";
    private static final Pattern WRITTEN = Pattern.compile("written to (.+\\.java)");
    private static final String RENAME_QUESTION = "Did you rename author.name to author.full_name (a varchar(100))? [y/N] ";

    @TempDir
    Path sources;

    @Test
    void withoutATerminalTheRevisionIsWrittenWithTheFlagsAndTheHintsInBothForms() throws IOException {
        Result flagged = migrate(nonInteractive());

        assertThat(flagged.exitCode()).as(flagged.toString()).isZero();
        assertThat(flagged.lines()).contains(
                "NOT NULL without a default: existing rows will fail (adds column author.rating integer not null); give it"
                        + " @ColumnDefault in the model, or a one-off default for the existing rows (db migrate asks for one"
                        + " in a terminal; --one-off-default author.rating=VALUE, or"
                        + " DiffOptions.defaults().oneOffDefault(\"author\", \"rating\", \"VALUE\"))",
                "LIKELY RENAME: column author.name -> author.full_name (regenerate with --rename author.name=full_name or"
                        + " DiffOptions.defaults().renameColumn(\"author\", \"name\", \"full_name\") to rename instead of dropping)");
        assertThat(Files.readString(written(flagged))).contains("""
                        // NOT NULL without a default: existing rows will fail (adds column author.rating integer not null): give the column a server default in the model, or regenerate with a one-off default
                        // UNSAFE on SQLite: database write lock (table rebuilt) on author (blocks writes), rewrites the table
                        ops.addColumn("author", "rating", integer(), c -> c.notNull());
                """).contains("ops.dropColumn(\"author\", \"name\");");
    }

    @Test
    void inATerminalARenameConfirmedAndAOneOffDefaultGivenMakeARenameAndAFilledColumn() throws IOException {
        StringWriter terminal = new StringWriter();
        Result answered = migrate(terminal(terminal, "y", "3", "1", "", "'three'", "3"));

        assertThat(answered.exitCode()).as(answered.toString()).isZero();
        assertThat(terminal.toString()).startsWith(RENAME_QUESTION
                + "It is impossible to add the NOT NULL column author.rating (integer) without a default: the database needs"
                + " a value for the rows author already has.\n"
                + "Please select a fix:\n"
                + " 1) Provide a one-off default now (it fills the existing rows, then is dropped)\n"
                + " 2) Quit and add a default to the model (@ColumnDefault(\"…\")), then run db migrate again\n"
                + "Select an option: Please select a valid option: Please enter the one-off default as SQL")
                .contains(">>> Please enter some value, or 'exit' (without quotes) to quit.\n>>> ")
                .endsWith(">>> Invalid default: ''three'' is not a value for column author.rating (integer): give a number,"
                        + " e.g. 0\n>>> ");
        assertThat(answered.out()).contains("  > column author.name -> full_name", "ONE-OFF DEFAULT: 3 fills the existing"
                + " rows of author.rating, then is dropped").doesNotContain("LIKELY RENAME", "NOT NULL without", "DATA LOSS");
        String source = Files.readString(written(answered));
        assertThat(source).contains("""
                    public void upgrade(Ops ops) {
                        ops.alterColumn("author", "name", a -> a.rename("full_name"));
                        // ONE-OFF DEFAULT: 3 fills the existing rows of author.rating; dropped right after, as the model has no default
                        ops.addColumn("author", "rating", integer(), c -> c.notNull().serverDefault("3"));
                        // UNSAFE on SQLite: database write lock (table rebuilt) on author (blocks writes), rewrites the table
                        ops.alterColumn("author", "rating", a -> a.dropServerDefault());
                    }
                """).doesNotContain("dropColumn(\"author\", \"name\")");
    }

    @Test
    void inATerminalQuittingToAddADefaultToTheModelWritesNothing() throws IOException {
        StringWriter terminal = new StringWriter();
        Result quit = migrate(terminal(terminal, "n", "2"));

        assertThat(quit.exitCode()).as(quit.toString()).isEqualTo(ExitCode.USAGE);
        // Not a rename: full_name is a new NOT NULL column too, and is asked about first.
        assertThat(quit.err()).isEqualTo("Nothing written. Give column author.full_name a default in the model"
                + " (e.g. @ColumnDefault(\"…\")), then run db migrate again.\n");
        assertThat(terminal.toString()).startsWith(RENAME_QUESTION + "It is impossible to add the NOT NULL column"
                + " author.full_name (varchar(100))");
        assertThat(javaFiles()).isEmpty();

        Result exited = migrate(terminal(new StringWriter(), "n", "1", "exit"));
        assertThat(exited.exitCode()).isEqualTo(ExitCode.USAGE);
        Result ended = migrate(terminal(new StringWriter(), "n"));
        assertThat(ended.exitCode()).as("input ended before an answer").isEqualTo(ExitCode.USAGE);
        assertThat(javaFiles()).isEmpty();
    }

    @Test
    void oneOffDefaultsAndRenamesAreGivenAsOptionsWithoutATerminal() throws IOException {
        Result given = migrate(nonInteractive(), "--rename", "author.name=full_name", "--one-off-default", "author.rating=0");

        assertThat(given.exitCode()).as(given.toString()).isZero();
        assertThat(Files.readString(written(given))).contains("c -> c.notNull().serverDefault(\"0\")", "rename(\"full_name\")");

        Result malformed = migrate(nonInteractive(), "--one-off-default", "rating=0");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("--one-off-default 'rating=0' must be TABLE.COLUMN=SQL, e.g. author.rating=0");
        Result wrong = migrate(nonInteractive(), "--one-off-default", "author.nope=0");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("the models add no column nope to an existing table author (it adds full_name, rating)");
    }

    /**
     * The real thing: {@code db migrate} as a process on a pseudo-terminal ({@code script}), so that
     * {@code System.console()} is there, answering on its standard input.
     */
    @Test
    void asAProcessOnAPseudoTerminalItAsksOnTheSystemConsole() throws Exception {
        assertThat(Path.of("/usr/bin/script")).as("util-linux script, to give the process a terminal").exists();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", Stream.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                StrataCli.class.getName(), "migrate", "-m", "rate authors", "--source-dir", sources.toString(),
                "--url", "sqlite://", "--models", PROMPTS, "--migrations", AUTHORS_ONLY).map(MigratePromptsTest::quoted).toList());
        Path out = sources.resolve("terminal.txt");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", "exec " + command, "/dev/null")
                .redirectOutput(out.toFile()).redirectErrorStream(true);
        builder.environment().remove(Database.ENV_URL);
        Process process = builder.start();
        try (PrintWriter answers = new PrintWriter(process.getOutputStream(), true)) {
            answers.print("y\n1\n3\n");
            answers.flush();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("db migrate finished").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String shown = Files.readString(out).replace("\r\n", "\n");

        assertThat(process.exitValue()).as(shown).isZero();
        assertThat(shown).contains(RENAME_QUESTION, "Select an option: ", ">>> ", "ONE-OFF DEFAULT: 3 fills");
        try (Stream<Path> files = Files.walk(sources)) {
            Path revision = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
            assertThat(Files.readString(revision)).contains("a -> a.rename(\"full_name\")", "serverDefault(\"3\")",
                    "dropServerDefault()");
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A terminal answering these lines, its prompts written to {@code shown}. */
    private static Console terminal(StringWriter shown, String... answers) {
        return Console.of(new BufferedReader(new StringReader(String.join("\n", answers) + "\n")), new PrintWriter(shown));
    }

    private Result migrate(Console console, String... options) {
        String[] args = Stream.concat(Stream.of("migrate", "-m", "rate authors", "--source-dir", sources.toString()),
                Stream.of(options)).toArray(String[]::new);
        return db(Database.builder().url("sqlite://").models(PROMPTS).migrations(AUTHORS_ONLY), console, args);
    }

    private static Path written(Result result) {
        Matcher m = WRITTEN.matcher(result.out());
        assertThat(m.find()).as(result.toString()).isTrue();
        return Path.of(m.group(1));
    }

    private List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
