package io.strata.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import io.strata.cli.internal.Cli;
import io.strata.cli.internal.Console;
import io.strata.core.Database;

/**
 * The {@code db} command line: {@code sync}, {@code status}, {@code migrate}, {@code upgrade},
 * {@code downgrade}, {@code history}… Run it standalone ({@code --url}, {@code --models},
 * {@code --migrations}, or {@code DATABASE_URL}, {@code DB_MODELS_LOCATION},
 * {@code DB_MIGRATIONS_LOCATION}) or hand it the arguments from an application's {@code main}:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     if (args.length > 0 && args[0].equals("db")) {
 *         System.exit(StrataCli.run(Database.builder()
 *                 .models("com.example.models")
 *                 .migrations("com.example.migrations"),
 *                 Arrays.copyOfRange(args, 1, args.length)));
 *     }
 *     // … start the application
 * }
 * }</pre>
 *
 * <p>Commands that need no models ({@code upgrade}, {@code downgrade}, {@code stamp}, {@code current},
 * {@code status}) build the database without them and without a connection pool, so they never start
 * Hibernate or HikariCP: their connection comes from the JDBC driver. {@code heads}, {@code history} and
 * {@code show} read the revisions alone, with no connection. The exit codes are those of {@link ExitCode}.
 */
public final class StrataCli {

    private StrataCli() {
    }

    /** Runs the command line standalone and exits the JVM with its exit code. */
    public static void main(String... args) {
        System.exit(run(Database.builder(), args));
    }

    /**
     * Runs one {@code db} command over the application's settings and returns its exit code. The
     * command line's {@code --url}, {@code --models} and {@code --migrations} are laid over {@code base}
     * as {@linkplain Database.Builder#overrides overrides} and the environment is applied
     * ({@link Database.Builder#fromEnvironment()}): an option wins over {@code DATABASE_URL} and the
     * other variables, which win over {@code base} (the order is {@linkplain io.strata.core.DatabaseConfig
     * core's}). Commands that change a database print which one on standard error first. The command
     * line sets {@code hikari.minimumIdle=0}: it opens a connection only when a command needs one, and a command
     * without models opens it from the driver ({@link io.strata.core.DatabaseConfig#withoutPool()}).
     *
     * @param base the application's database settings (with or without models)
     * @param args the arguments after {@code db}, e.g. {@code "upgrade", "head"}
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(Database.Builder base, String... args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        return run(base, out, err, args);
    }

    /**
     * Runs one {@code db} command, writing its output to {@code out} and its errors to {@code err};
     * confirmations ({@code drop}) are asked on the system console, and refused without one.
     *
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(Database.Builder base, PrintWriter out, PrintWriter err, String... args) {
        return Cli.execute(base, Console.system(), out, err, args);
    }
}
