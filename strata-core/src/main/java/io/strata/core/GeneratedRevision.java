package io.strata.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.strata.migrations.diff.DataLossWarning;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.writer.RevisionSource;

/**
 * A revision written (or ready to be written) by {@link Database#autogenerate} or
 * {@link Database#merge}, with what the command line prints about it: the changes it carries, the
 * operations that lose data, the drops that look like renames. When the models match the
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
    private final List<LikelyRename> likelyRenames;
    private final List<Difference> unsupportedChanges;

    GeneratedRevision(RevisionSource source, Path file, List<String> parents, List<Difference> changes,
            List<DataLossWarning> dataLossWarnings, List<LikelyRename> likelyRenames, List<Difference> unsupportedChanges) {
        this.source = source;
        this.file = file;
        this.parents = List.copyOf(parents);
        this.changes = List.copyOf(changes);
        this.dataLossWarnings = List.copyOf(dataLossWarnings);
        this.likelyRenames = List.copyOf(likelyRenames);
        this.unsupportedChanges = List.copyOf(unsupportedChanges);
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

    /** Tables and columns it drops and adds with the same shape: probably renames, to regenerate with hints. */
    public List<LikelyRename> likelyRenames() {
        return likelyRenames;
    }

    /** Differences no operation carries out (marked {@code TODO} in the source): write those steps by hand. */
    public List<Difference> unsupportedChanges() {
        return unsupportedChanges;
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
        return new GeneratedRevision(source, written, parents, changes, dataLossWarnings, likelyRenames, unsupportedChanges);
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
        likelyRenames.forEach(r -> lines.add("LIKELY RENAME: " + r + " (regenerate with " + r.commandLineHint()
                + " to rename instead of dropping)"));
        unsupportedChanges.forEach(d -> lines.add("TODO: " + d + " (no operation does this; edit the revision by hand)"));
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return summary();
    }
}
