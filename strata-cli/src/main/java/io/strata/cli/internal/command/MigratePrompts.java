package io.strata.cli.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import io.strata.cli.internal.Console;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.diff.NotNullWithoutDefault;
import io.strata.migrations.diff.OneOffDefaultException;

/**
 * The questions {@code db migrate} asks in a terminal, as Django's {@code makemigrations} does: whether
 * each likely rename is one, and a one-off default for each {@code NOT NULL} column added without one.
 * Each answer becomes a hint of the {@link DiffOptions} the revision is generated with.
 */
final class MigratePrompts {

    private final Console console;

    MigratePrompts(Console console) {
        this.console = console;
    }

    /** Asks "Did you rename …? [y/N]" for each likely rename; each yes adds its hint. */
    DiffOptions renames(List<LikelyRename> renames, DiffOptions options) {
        DiffOptions result = options;
        for (LikelyRename r : renames) {
            String question = r.column()
                    ? "Did you rename " + r.table() + "." + r.from() + " to " + r.table() + "." + r.to()
                            + " (a " + r.type() + ")? [y/N] "
                    : "Did you rename table " + r.from() + " to " + r.to() + "? [y/N] ";
            String answer = console.readLine(question);
            if (answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                result = r.applyTo(result);
            }
        }
        return result;
    }

    /**
     * Asks how to fill the existing rows of a {@code NOT NULL} column added without a default: a one-off
     * default (checked by {@code check}, which throws {@link OneOffDefaultException} for a value that does
     * not fit), or quit.
     *
     * @return the options with the one-off default; empty when the developer quits to add a default to the
     *     model instead (or the input ends)
     */
    Optional<DiffOptions> oneOffDefault(NotNullWithoutDefault column, DiffOptions options, Consumer<DiffOptions> check) {
        String name = column.table() + "." + column.column();
        String choice = console.readLine("It is impossible to add the NOT NULL column " + name + " (" + column.type()
                + ") without a default: the database needs a value for the rows " + column.table() + " already has.\n"
                + "Please select a fix:\n"
                + " 1) Provide a one-off default now (it fills the existing rows, then is dropped)\n"
                + " 2) Quit and add a default to the model (@ColumnDefault(\"…\")), then run db migrate again\n"
                + "Select an option: ");
        while (choice != null && !choice.strip().equals("1")) {
            if (choice.strip().equals("2")) {
                return Optional.empty();
            }
            choice = console.readLine("Please select a valid option: ");
        }
        if (choice == null) {
            return Optional.empty();
        }
        String prompt = "Please enter the one-off default as SQL: a number, 'text' in single quotes, true or false,"
                + " or an expression such as CURRENT_TIMESTAMP. Type 'exit' to quit.\n>>> ";
        while (true) {
            String value = console.readLine(prompt);
            if (value == null || value.strip().equalsIgnoreCase("exit")) {
                return Optional.empty();
            }
            if (value.isBlank()) {
                prompt = "Please enter some value, or 'exit' (without quotes) to quit.\n>>> ";
                continue;
            }
            DiffOptions candidate = options.oneOffDefault(column.table(), column.column(), value);
            try {
                check.accept(candidate);
                return Optional.of(candidate);
            } catch (OneOffDefaultException e) {
                prompt = "Invalid default: " + e.reason() + "\n>>> ";
            }
        }
    }
}
