package io.strata.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.strata.migrations.diff.DataLossWarning;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.diff.NotNullWithoutDefault;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.safety.SafetyPlan;
import io.strata.migrations.writer.RevisionSource;

/**
 * A revision written (or ready to be written) by {@link Database#autogenerate} or
 * {@link Database#merge}, with what the command line prints about it: the changes it carries, the
 * operations that lose data, the NOT NULL columns added without a default, the drops that look like
 * renames, the one-off defaults it applies. When the models match the
 * revisions there is no revision: {@link #isEmpty()}, and {@link #summary()} says
 * {@code No changes detected}.
 *
 * <pre>{@code
 * GeneratedRevision revision = db.autogenerate("add stores", DiffOptions.defaults(), Path.of("src/main/java"));
 * System.out.println(revision.summary());
 * if (!revision.dataLossWarnings().isEmpty()) { … ask the developer to review … }
 * }</pre>
 */
public final class GeneratedRevision {

    private final RevisionSource source;
    private final Path file;
    private final List<String> parents;
    private final List<Difference> changes;
    private final List<DataLossWarning> dataLossWarnings;
    private final List<NotNullWithoutDefault> notNullWithoutDefault;
    private final List<LikelyRename> likelyRenames;
    private final List<DiffOptions.OneOffDefault> oneOffDefaults;
    private final List<Difference> unsupportedChanges;
    private final SchemaDiff diff;

    GeneratedRevision(RevisionSource source, Path file, List<String> parents, List<Difference> changes,
            List<DataLossWarning> dataLossWarnings, List<NotNullWithoutDefault> notNullWithoutDefault,
            List<LikelyRename> likelyRenames, List<DiffOptions.OneOffDefault> oneOffDefaults,
            List<Difference> unsupportedChanges, SchemaDiff diff) {
        this.diff = diff;
        this.source = source;
        this.file = file;
        this.parents = List.copyOf(parents);
        this.changes = List.copyOf(changes);
        this.dataLossWarnings = List.copyOf(dataLossWarnings);
        this.notNullWithoutDefault = List.copyOf(notNullWithoutDefault);
        this.likelyRenames = List.copyOf(likelyRenames);
        this.oneOffDefaults = List.copyOf(oneOffDefaults);
        this.unsupportedChanges = List.copyOf(unsupportedChanges);
    }

    /** A revision with nothing to warn about: none ({@code source == null}) or a merge. */
    static GeneratedRevision plain(RevisionSource source, List<String> parents) {
        return new GeneratedRevision(source, null, parents, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null);
    }

    /** Whether no revision was made because nothing changed. */
    public boolean isEmpty() {
        return source == null;
    }

    /** The revision's Java source, unless nothing changed. */
    public Optional<RevisionSource> source() {
        return Optional.ofNullable(source);
    }

    /** The file the revision was written to, once written. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The new revision's id, unless nothing changed. */
    public Optional<String> revisionId() {
        return source().map(RevisionSource::revisionId);
    }

    /** The revisions it follows (the heads it was generated against; none for the first revision). */
    public List<String> parents() {
        return parents;
    }

    /** The schema changes it carries, one line each (see {@link Difference}). */
    public List<Difference> changes() {
        return changes;
    }

    /** Its upgrade operations that can destroy data (each is marked {@code DATA LOSS} in the source). */
    public List<DataLossWarning> dataLossWarnings() {
        return dataLossWarnings;
    }

    /**
     * The NOT NULL columns without a server default it adds to existing tables: the upgrade fails on a
     * table with rows (each is marked in the source). Give the column {@code @ColumnDefault} in the
     * model, or a one-off default ({@link DiffOptions#oneOffDefault}).
     */
    public List<NotNullWithoutDefault> notNullWithoutDefault() {
        return notNullWithoutDefault;
    }

    /** Tables and columns it drops and adds with the same shape: probably renames, to regenerate with hints. */
    public List<LikelyRename> likelyRenames() {
        return likelyRenames;
    }

    /** The one-off defaults it applies: each fills the existing rows of its new column, then is dropped. */
    public List<DiffOptions.OneOffDefault> oneOffDefaults() {
        return oneOffDefaults;
    }

    /** Differences no operation carries out (marked {@code TODO} in the source): write those steps by hand. */
    public List<Difference> unsupportedChanges() {
        return unsupportedChanges;
    }

    /**
     * What each upgrade operation locks and touches on a database (none for a merge or no changes).
     *
     * @param database a database's name, e.g. {@code postgresql}
     * @throws io.strata.migrations.dialect.UnknownDialectException for a name no database answers to
     */
    public SafetyPlan safetyPlan(String database) {
        return diff == null ? SafetyPlan.of(database, List.of(), io.strata.migrations.schema.Schema.empty())
                : SafetyPlan.of(database, diff.upgradeOperations(), diff.from());
    }

    /**
     * Writes the revision under {@code sourceDir} (e.g. {@code src/main/java}) in its package's
     * directory, never overwriting a file.
     *
     * @return this revision, with {@link #file()} set
     * @throws IllegalStateException when nothing changed (there is no revision to write)
     * @throws io.strata.migrations.writer.RevisionWriteException when the file exists or cannot be written
     */
    public GeneratedRevision writeTo(Path sourceDir) {
        if (source == null) {
            throw new IllegalStateException("No changes detected, so there is no revision to write;"
                    + " check isEmpty() before writing.");
        }
        Path written = source.writeTo(sourceDir);
        return new GeneratedRevision(source, written, parents, changes, dataLossWarnings, notNullWithoutDefault, likelyRenames,
                oneOffDefaults, unsupportedChanges, diff);
    }

    /** What the command line prints: the revision and its file, its changes, then warnings and hints. */
    public String summary() {
        if (source == null) {
            return "No changes detected: the models match the revisions.";
        }
        List<String> lines = new ArrayList<>();
        lines.add("Revision " + source.revisionId() + " (" + source.qualifiedName() + ")"
                + (parents.isEmpty() ? "" : " after " + String.join(", ", parents))
                + (file == null ? "" : " written to " + file));
        changes.forEach(d -> lines.add("  " + d));
        dataLossWarnings.forEach(w -> lines.add("DATA LOSS: " + w.message() + " (review before running it)"));
        notNullWithoutDefault.forEach(m -> lines.add(m.message() + "; give it @ColumnDefault in the model, or a one-off"
                + " default for the existing rows (db migrate asks for one in a terminal; --one-off-default " + m.table() + "."
                + m.column() + "=VALUE, or DiffOptions.defaults().oneOffDefault(\"" + m.table() + "\", \"" + m.column()
                + "\", \"VALUE\"))"));
        likelyRenames.forEach(r -> lines.add("LIKELY RENAME: " + r + " (regenerate with " + r.commandLineHint()
                + " or " + r.javaHint() + " to rename instead of dropping)"));
        oneOffDefaults.forEach(d -> lines.add("ONE-OFF DEFAULT: " + d.sql() + " fills the existing rows of " + d.table() + "."
                + d.column() + ", then is dropped"));
        unsupportedChanges.forEach(d -> lines.add("TODO: " + d + " (no operation does this; edit the revision by hand)"));
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return summary();
    }
}
