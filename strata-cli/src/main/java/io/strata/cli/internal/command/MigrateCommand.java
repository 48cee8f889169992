package io.strata.cli.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.strata.ErrorKind;
import io.strata.cli.ExitCode;
import io.strata.cli.internal.CliException;
import io.strata.cli.internal.Console;
import io.strata.core.Database;
import io.strata.core.GeneratedRevision;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.NotNullWithoutDefault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db migrate -m}: autogenerate a revision from the difference between the revisions' head and the models. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Write a revision that brings the revisions' schema (replayed, no database needed) to the models.",
            "In a terminal, asks whether each drop that looks like a rename is one, and for a one-off default for each"
                + " NOT NULL column added without a default. Without one, those are flagged: confirm renames with --rename,"
                + " give one-off defaults with --one-off-default. Needs the models.",
            "With --expand-contract (or DB_EXPAND_CONTRACT=true), a change that breaks replicas of the previous code"
                + " is written as two revisions: an expand revision, compatible (new column, backfill, old and new kept"
                + " written), and a contract revision (drop the old, set NOT NULL) that sync() and db upgrade run only"
                + " with db upgrade --contract."})
public final class MigrateCommand extends Subcommand {

    /** The setting that makes {@code --expand-contract} the default. */
    static final String EXPAND_CONTRACT = "DB_EXPAND_CONTRACT";

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the revision does.")
    private String message;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "A rename hint: TABLE.OLD=NEW for a column, OLD=NEW for a table. Repeatable.")
    private List<String> renames = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW", description = "A table rename hint. Repeatable.")
    private List<String> tableRenames = new ArrayList<>();

    @Option(names = "--one-off-default", paramLabel = "TABLE.COLUMN=SQL",
            description = {"Fills the existing rows of a NOT NULL column added without a default (added with it, then"
                + " the default dropped), e.g. author.rating=0 or author.country='GB'. Repeatable."})
    private List<String> oneOffDefaults = new ArrayList<>();

    @Option(names = "--expand-contract", negatable = true,
            description = "Write a breaking change as an expand revision and a contract revision (default: DB_EXPAND_CONTRACT,"
                + " else off; --no-expand-contract turns it off).")
    private Boolean expandContract;

    @Option(names = "--dialect", paramLabel = "NAME", description = "A database whose safety plan to print for the new"
            + " revision: sqlite, h2, postgresql or mariadb. Repeatable; default: the URL's.")
    private List<String> dialects = new ArrayList<>();

    @Override
    public Integer call() {
        settings().migrationsPackage(name());
        List<String> databases = SafetyLines.databases(this, dialects);
        try (Database db = settings().withModels(name())) {
            DiffOptions options = hints();
            GeneratedRevision revision = db.autogenerate(message, options);
            Console console = settings().console();
            if (console.interactive() && !revision.isEmpty()) {
                MigratePrompts prompts = new MigratePrompts(console);
                if (!revision.likelyRenames().isEmpty()) {
                    options = prompts.renames(revision.likelyRenames(), options);
                    revision = db.autogenerate(message, options);
                }
                for (NotNullWithoutDefault column : revision.notNullWithoutDefault()) {
                    Optional<DiffOptions> answered = prompts.oneOffDefault(column, options, o -> db.autogenerate(message, o));
                    if (answered.isEmpty()) {
                        err().println("Nothing written. Give column " + column.table() + "." + column.column()
                                + " a default in the model (e.g. @ColumnDefault(\"…\")), then run db migrate again.");
                        return ExitCode.USAGE;
                    }
                    options = answered.get();
                }
                revision = db.autogenerate(message, options);
            }
            if (expandContract() && !revision.isEmpty()) {
                return writeExpandContract(db, options, databases);
            }
            if (!revision.isEmpty()) {
                revision = revision.writeTo(settings().sourceDir());
            }
            out().println(revision.summary());
            if (!revision.isEmpty()) {
                for (String database : databases) {
                    SafetyLines.print(out(), revision.safetyPlan(database));
                }
                out().println("Review it, compile it, then run: db upgrade");
            }
        }
        return ExitCode.OK;
    }

    /** The option when given, else {@code DB_EXPAND_CONTRACT} (a system property, then the environment), else off. */
    private boolean expandContract() {
        if (expandContract != null) {
            return expandContract;
        }
        String setting = System.getProperty(EXPAND_CONTRACT, System.getenv(EXPAND_CONTRACT));
        if (setting == null || setting.isBlank()) {
            return false;
        }
        if (!setting.strip().matches("(?i)true|false")) {
            throw new CliException(ErrorKind.INVALID_INPUT, EXPAND_CONTRACT + " has '" + setting + "': give true or false.");
        }
        return Boolean.parseBoolean(setting.strip());
    }

    /** Writes the change as expand (and contract) revisions, once the prompts have settled the options. */
    private int writeExpandContract(Database db, DiffOptions options, List<String> databases) {
        List<GeneratedRevision> revisions = db.autogenerateExpandContract(message, options);
        for (GeneratedRevision revision : revisions) {
            out().println(revision.writeTo(settings().sourceDir()).summary());
        }
        for (String database : databases) {
            SafetyLines.print(out(), revisions.get(revisions.size() - 1).safetyPlan(database));
        }
        if (revisions.size() == 1) {
            out().println("Nothing in it breaks replicas of the previous code: one revision. Review it, compile it, then run:"
                    + " db upgrade");
        } else {
            out().println("Review both, compile them, then deploy with the expand revision (sync() and db upgrade stop before"
                    + " the contract); once no replica of the previous code serves, run: db upgrade --contract");
        }
        return ExitCode.OK;
    }

    private DiffOptions hints() {
        DiffOptions options = DiffOptions.defaults();
        for (String hint : renames) {
            String[] pair = pair(hint, "--rename");
            int dot = pair[0].indexOf('.');
            options = dot < 0 ? options.renameTable(pair[0], pair[1])
                    : options.renameColumn(pair[0].substring(0, dot), pair[0].substring(dot + 1), pair[1]);
        }
        for (String hint : tableRenames) {
            String[] pair = pair(hint, "--rename-table");
            options = options.renameTable(pair[0], pair[1]);
        }
        for (String hint : oneOffDefaults) {
            int eq = hint.indexOf('=');
            int dot = eq < 0 ? -1 : hint.substring(0, eq).indexOf('.');
            if (dot <= 0 || dot == eq - 1 || eq == hint.length() - 1) {
                throw new CliException(ErrorKind.INVALID_INPUT, "--one-off-default '" + hint + "' must be TABLE.COLUMN=SQL,"
                        + " e.g. author.rating=0 or author.country='GB'.");
            }
            options = options.oneOffDefault(hint.substring(0, dot).strip(), hint.substring(dot + 1, eq).strip(),
                    hint.substring(eq + 1));
        }
        return options;
    }

    private static String[] pair(String hint, String option) {
        int eq = hint.indexOf('=');
        if (eq <= 0 || eq == hint.length() - 1 || hint.indexOf('=', eq + 1) >= 0) {
            throw new CliException(ErrorKind.INVALID_INPUT, option + " '" + hint + "' must be OLD=NEW"
                    + (option.equals("--rename") ? " (TABLE.OLD=NEW for a column, OLD=NEW for a table)" : "") + ".");
        }
        return new String[] {hint.substring(0, eq).strip(), hint.substring(eq + 1).strip()};
    }
}
