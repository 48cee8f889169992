package io.strata.cli.internal.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.strata.cli.internal.DbCommand;
import io.strata.cli.internal.Settings;
import io.strata.core.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: the root's settings, its output and its name. */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    private DbCommand root;

    @Spec
    private CommandSpec spec;

    /** The settings of this run. */
    Settings settings() {
        return root.settings();
    }

    /** Whether {@code --verbose} was given. */
    boolean verbose() {
        return root.verbose();
    }

    /** Standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Says, on standard error, which database this command is about to change (kind, host and port, or
     * file; never a password) and which setting named it: printed before anything is changed.
     */
    void announce(Database db) {
        err().println("Database: " + db.target());
        err().flush();
    }

    /** This command's model (its root gives the whole tree). */
    CommandSpec spec() {
        return spec;
    }

    /** The command's name, e.g. {@code upgrade}. */
    String name() {
        return spec.name();
    }
}
