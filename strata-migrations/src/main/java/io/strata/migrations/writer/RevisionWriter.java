package io.strata.migrations.writer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.diff.DataLossWarning;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.diff.NotNullWithoutDefault;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.CompatibilityClassifier;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Verdict;
import io.strata.migrations.safety.OperationSafety;
import io.strata.migrations.safety.SafetyAdvisor;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.writer.internal.ClassNames;
import io.strata.migrations.writer.internal.ExpandContractSplit;
import io.strata.migrations.writer.internal.Halves;
import io.strata.migrations.writer.internal.RevisionTemplate;
import io.strata.migrations.writer.internal.Step;

/**
 * Renders revisions as Java source files in one migrations package. Immutable; the clock and the
 * id generator can be replaced for reproducible output.
 *
 * <pre>{@code
 * RevisionWriter writer = RevisionWriter.forPackage("com.example.migrations");
 * RevisionSource source = writer.revision("add stores", revisions.graph().heads(), diff);
 * source.writeTo(Path.of("src/main/java"));   // com/example/migrations/V20261121_1200_AddStores.java
 * writer.merge("merge heads", List.of("3f2a9c1b7d40", "8e1f0a2b3c4d")).writeTo(Path.of("src/main/java"));
 * }</pre>
 *
 * <p>Generated classes are named {@code V<yyyyMMdd>_<HHmm>_<Message>} (UTC): the timestamp keeps
 * the package listed in the order revisions were written and makes names unique in practice; the
 * message says what each does. The revision id is 12 random hex digits, like Alembic's. Operations
 * that can lose data get a {@code // DATA LOSS: …} line above them, drops that look like renames a
 * {@code // LIKELY RENAME: …} line, a {@code NOT NULL} column added without a default a
 * {@code // NOT NULL without a default: existing rows will fail …} line, a column added with a one-off
 * default a {@code // ONE-OFF DEFAULT: …} line, and changes no operation expresses a {@code // TODO: …} line. With
 * {@link #withSafetyOn}, an operation that blocks its table while it scans or rewrites it gets an
 * {@code // UNSAFE on PostgreSQL: …} line with the lock and the safer form. A
 * comment above {@code @Revision} gives the compatibility verdict: whether code without the revision
 * keeps serving once it is applied.
 */
public final class RevisionWriter {

    private static final Pattern PACKAGE = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String packageName;
    private final Clock clock;
    private final Supplier<String> ids;
    private final List<String> safetyDatabases;

    private RevisionWriter(String packageName, Clock clock, Supplier<String> ids, List<String> safetyDatabases) {
        this.packageName = packageName;
        this.clock = clock;
        this.ids = ids;
        this.safetyDatabases = List.copyOf(safetyDatabases);
    }

    /** A writer for revisions in this package, with the system clock and random ids. */
    public static RevisionWriter forPackage(String packageName) {
        if (packageName == null || !PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name; give the migrations"
                    + " package, e.g. com.example.migrations");
        }
        return new RevisionWriter(packageName, Clock.systemUTC(), RevisionWriter::randomId, List.of());
    }

    /** This writer, taking the created time (and the class name's timestamp) from this clock. */
    public RevisionWriter withClock(Clock newClock) {
        return new RevisionWriter(packageName, Objects.requireNonNull(newClock, "clock"), ids, safetyDatabases);
    }

    /** This writer, taking revision ids from this supplier (letters, digits and {@code _}). */
    public RevisionWriter withIds(Supplier<String> newIds) {
        return new RevisionWriter(packageName, clock, Objects.requireNonNull(newIds, "ids"), safetyDatabases);
    }

    /**
     * This writer, marking in a revision made from a diff each operation that blocks its table while it
     * touches every row on one of these databases ({@code // UNSAFE on PostgreSQL: …}, with the safer form).
     *
     * @param databases database names or aliases, e.g. {@code postgresql}
     * @throws io.strata.migrations.dialect.UnknownDialectException for a name no database answers to
     */
    public RevisionWriter withSafetyOn(List<String> databases) {
        databases.forEach(SafetyAdvisor::forDatabase);
        return new RevisionWriter(packageName, clock, ids, databases);
    }

    /** A new random revision id: 12 hex digits. */
    public static String randomId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The revision that carries out the diff, following {@code parents} (the current heads; none for the first). */
    public RevisionSource revision(String message, List<String> parents, SchemaDiff diff) {
        List<String> notes = diff.unsupportedChanges().stream().map(d -> "TODO: " + d).toList();
        Annotations up = new Annotations(diff.dataLossWarnings(), diff.notNullWithoutDefault(), diff.likelyRenames(),
                diff.oneOffDefaults());
        Annotations down = new Annotations(diff.downgradeDataLossWarnings(), diff.downgradeNotNullWithoutDefault(), List.of(),
                List.of());
        return render(message, parents, notes, unsafe(annotate(diff.upgradeOperations(), up), diff.from()),
                unsafe(annotate(diff.downgradeOperations(), down), diff.to()));
    }

    /**
     * A revision of given operations; those whose {@link Operation#losesData()} is true get a
     * {@code DATA LOSS} comment.
     */
    public RevisionSource revision(String message, List<String> parents, List<Operation> upgrade, List<Operation> downgrade) {
        return render(message, parents, List.of(), generic(upgrade), generic(downgrade));
    }

    /** A merge revision: several parents, no operations (what {@code db merge} writes). */
    public RevisionSource merge(String message, List<String> parents) {
        if (parents.size() < 2) {
            throw new IllegalArgumentException("a merge revision joins at least two heads, got " + parents
                    + "; run it when there are several heads");
        }
        return render(message, parents, List.of(), List.of(), List.of());
    }

    /**
     * The diff as two revisions when it breaks replicas running older code: an <em>expand</em> revision
     * following {@code parents} (compatible: adds the new shapes, fills them, keeps both written) and a
     * <em>contract</em> revision following it (marked {@link io.strata.migrations.revision.Revision#contract()}:
     * drops the old shapes, sets NOT NULL), with messages {@code "<message> (expand)"} and
     * {@code "<message> (contract)"}. A diff that breaks nothing gives one plain revision
     * ({@link ExpandContractRevisions#contract()} empty). Comments in each say which code may serve when.
     */
    public ExpandContractRevisions expandContract(String message, List<String> parents, SchemaDiff diff) {
        Halves halves = ExpandContractSplit.of(diff);
        if (halves.contract().isEmpty()) {
            return new ExpandContractRevisions(revision(message, parents, diff), Optional.empty());
        }
        Halves.Half expand = halves.expand();
        Halves.Half contract = halves.contract();
        List<String> expandNotes = new ArrayList<>(diff.unsupportedChanges().stream().map(d -> "TODO: " + d).toList());
        expandNotes.add("EXPAND: deploy this with the new code; replicas of the old code keep serving once it runs.");
        expandNotes.addAll(expand.notes());
        RevisionSource first = render(message + " (expand)", parents, expandNotes, unsafe(expand.upgrade(), diff.from()),
                expand.downgrade(), Map.of("compatible", expand.reasons().isEmpty() ? "expand: additive only"
                        : "expand: " + String.join("; ", expand.reasons()) + ", keeping what old code uses"));
        List<String> contractNotes = new ArrayList<>();
        contractNotes.add("CONTRACT: sync() and db upgrade stop before this revision; run `db upgrade --contract` once no");
        contractNotes.add("replica of the code before " + first.revisionId() + " serves. Only the new code may serve after it.");
        contractNotes.addAll(contract.notes());
        Schema afterExpand = diff.from();
        for (Step step : expand.upgrade()) {
            afterExpand = step.operation().completedFrom(afterExpand).applyTo(afterExpand);
        }
        RevisionSource second = render(message + " (contract)", List.of(first.revisionId()), contractNotes,
                unsafe(contract.upgrade(), afterExpand), contract.downgrade(), Map.of("contract", String.join("; ", contract.reasons())));
        return new ExpandContractRevisions(first, Optional.of(second));
    }

    private RevisionSource render(String message, List<String> parents, List<String> notes, List<Step> up, List<Step> down) {
        return render(message, parents, notes, up, down, Map.of());
    }

    private RevisionSource render(String message, List<String> parents, List<String> notes, List<Step> up, List<Step> down,
            Map<String, String> attributes) {
        Objects.requireNonNull(message, "message");
        String id = ids.get();
        if (id == null || !id.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("revision id '" + id + "' must be letters, digits and _");
        }
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String className = ClassNames.of(message, created);
        String text = new RevisionTemplate(packageName, className, id, List.copyOf(parents), message, created.toString(),
                notes, up, down, attributes.containsKey("contract") ? contractComment()
                        : attributes.containsKey("compatible") ? expandComment() : verdictComment(up),
                new java.util.TreeMap<>(attributes)).render();
        return new RevisionSource(packageName, className, id, text);
    }

    /**
     * The verdict of the upgrade as comment lines, so that a reviewer sees whether replicas running older
     * code can keep serving once it is applied (none for a revision without operations).
     */
    private static List<String> verdictComment(List<Step> up) {
        if (up.isEmpty()) {
            return List.of();
        }
        Verdict verdict = CompatibilityClassifier.classify(up.stream().map(Step::operation).toList(), Schema.empty());
        if (verdict.isCompatible()) {
            return List.of("COMPATIBLE (" + verdict.reason() + "): code without this revision keeps serving once it is applied.");
        }
        return List.of("BREAKING (" + verdict.reason() + "): code without this revision stops being ready once it is",
                "applied. If it can keep serving, declare why: @Revision(..., compatible = \"…\").");
    }

    private static List<String> expandComment() {
        return List.of("COMPATIBLE (expand): code without this revision keeps serving once it is applied.");
    }

    private static List<String> contractComment() {
        return List.of("BREAKING (contract): code older than the expand revision stops being ready once it is applied.");
    }

    /** What one direction's operations are flagged with. */
    private record Annotations(List<DataLossWarning> losses, List<NotNullWithoutDefault> missingDefaults,
            List<LikelyRename> renames, List<DiffOptions.OneOffDefault> oneOffDefaults) {
    }

    private static List<Step> annotate(List<Operation> ops, Annotations notes) {
        List<Step> steps = new ArrayList<>();
        for (Operation op : ops) {
            List<String> comments = new ArrayList<>();
            for (LikelyRename r : notes.renames()) {
                if (drops(op, r)) {
                    comments.add("LIKELY RENAME: " + r + " (regenerate with " + r.commandLineHint() + " or "
                            + r.javaHint() + ")");
                }
            }
            notes.losses().stream().filter(w -> w.operation().equals(op)).forEach(w -> comments.add("DATA LOSS: " + w.message()));
            notes.missingDefaults().stream().filter(m -> m.operation().equals(op)).forEach(m -> comments.add(m.message()
                    + ": give the column a server default in the model, or regenerate with a one-off default"));
            notes.oneOffDefaults().stream().filter(d -> adds(op, d)).forEach(d -> comments.add("ONE-OFF DEFAULT: "
                    + d.sql() + " fills the existing rows of " + d.table() + "." + d.column()
                    + "; dropped right after, as the model has no default"));
            steps.add(new Step(op, comments));
        }
        return steps;
    }

    /** The steps with an {@code UNSAFE on …} line added above each that blocks while it touches every row. */
    private List<Step> unsafe(List<Step> steps, Schema before) {
        List<Step> marked = new ArrayList<>();
        Schema schema = before;
        for (Step step : steps) {
            Operation op = step.operation().completedFrom(schema);
            List<String> comments = new ArrayList<>(step.comments());
            for (String database : safetyDatabases) {
                OperationSafety safety = SafetyAdvisor.forDatabase(database).assess(op, schema);
                if (safety.blocksWhileTouchingRows() && !safety.isUnknown()) {
                    comments.add("UNSAFE on " + Databases.byName(database).orElseThrow().displayName() + ": "
                            + safety.summary());
                }
            }
            marked.add(new Step(step.operation(), comments));
            schema = op.applyTo(schema);
        }
        return marked;
    }

    private static boolean adds(Operation op, DiffOptions.OneOffDefault d) {
        return op instanceof AddColumn a && a.table().equalsIgnoreCase(d.table()) && a.column().name().equalsIgnoreCase(d.column());
    }

    private static boolean drops(Operation op, LikelyRename r) {
        if (r.column()) {
            return op instanceof DropColumn d && d.table().equalsIgnoreCase(r.table()) && d.column().equalsIgnoreCase(r.from());
        }
        return op instanceof DropTable d && d.name().equalsIgnoreCase(r.from());
    }

    private static List<Step> generic(List<Operation> ops) {
        return ops.stream().map(op -> new Step(op, op.losesData() ? List.of("DATA LOSS: " + describe(op)) : List.of())).toList();
    }

    private static String describe(Operation op) {
        return op instanceof DropTable d ? "drops table " + d.name() + " and every row in it"
                : op instanceof DropColumn d ? "drops column " + d.table() + "." + d.column() + " and every value in it"
                : op instanceof io.strata.migrations.operations.AlterColumn a ? "changes the type of column " + a.table() + "."
                        + a.column() + " to " + a.type() + "; values that do not convert are lost or rejected"
                : "may destroy data";
    }
}
