package io.strata.migrations.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.revision.internal.AnnotatedRevisions;
import io.strata.migrations.revision.internal.PackageScanner;
import io.strata.migrations.revision.internal.RevisionNameCheck;
import io.strata.migrations.revision.internal.SchemaReplay;
import io.strata.migrations.schema.Schema;

/**
 * The revisions of an application with their validated graph; immutable. Knows the schema at any
 * revision by replaying operations, without a database.
 *
 * <pre>{@code
 * RevisionSet revisions = RevisionSet.scan("com.example.migrations");
 * revisions.graph().head();              // Optional[c3d4e5f6a7b8]
 * revisions.schemaAt("c3d4e5f6a7b8");    // the tables that revision chain creates
 * }</pre>
 */
public final class RevisionSet {

    private final Map<String, MigrationRevision> byId;
    private final RevisionGraph graph;
    private final SchemaReplay replay;

    private RevisionSet(Map<String, MigrationRevision> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        this.graph = RevisionGraph.of(byId.values().stream().map(MigrationRevision::node).toList());
        this.replay = new SchemaReplay(graph, byId);
    }

    /**
     * Every {@link Revision @Revision} class in the package and below it, in directories and jars of
     * the context class loader; throws {@link NoRevisionsFoundException} when there is none.
     */
    public static RevisionSet scan(String packageName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return scan(packageName, loader != null ? loader : RevisionSet.class.getClassLoader());
    }

    /** Every {@link Revision @Revision} class in the package and below it, as seen by this class loader. */
    public static RevisionSet scan(String packageName, ClassLoader loader) {
        List<Class<?>> classes = PackageScanner.scan(packageName, loader);
        List<MigrationRevision> found = AnnotatedRevisions.fromScan(classes);
        if (found.isEmpty()) {
            throw new NoRevisionsFoundException(packageName);
        }
        return of(found);
    }

    /** These annotated classes, each created through its no-argument constructor. */
    @SafeVarargs
    public static RevisionSet ofClasses(Class<? extends Migration>... classes) {
        return ofClasses(Arrays.asList(classes));
    }

    /** These annotated classes, each created through its no-argument constructor. */
    public static RevisionSet ofClasses(Collection<? extends Class<?>> classes) {
        return of(classes.stream().map(AnnotatedRevisions::fromClass).toList());
    }

    /** These instances of annotated classes. */
    public static RevisionSet ofMigrations(Migration... migrations) {
        return of(Arrays.stream(migrations).map(AnnotatedRevisions::fromInstance).toList());
    }

    /**
     * These revisions, however they were defined; throws {@link DuplicateRevisionClassException} for a
     * repeated id, and {@link IdentifierTooLongException} for a revision that names a table, column,
     * index or constraint longer than one of the supported databases accepts (revisions are
     * dialect-neutral, so the smallest limit, PostgreSQL's 63, applies).
     */
    public static RevisionSet of(Collection<MigrationRevision> revisions) {
        Map<String, MigrationRevision> byId = new LinkedHashMap<>();
        for (MigrationRevision revision : revisions) {
            MigrationRevision previous = byId.putIfAbsent(revision.id(), Objects.requireNonNull(revision, "revision"));
            if (previous != null) {
                throw new DuplicateRevisionClassException(revision.id(), previous.source(), revision.source());
            }
        }
        RevisionSet set = new RevisionSet(byId);
        RevisionNameCheck.atLoad(byId.values());
        return set;
    }

    /** The set with no revisions (a project before its first {@code db revision}). */
    public static RevisionSet empty() {
        return of(List.of());
    }

    /** The graph of these revisions. */
    public RevisionGraph graph() {
        return graph;
    }

    /** How many revisions there are. */
    public int size() {
        return byId.size();
    }

    /** Every revision, in the order given or found. */
    public List<MigrationRevision> revisions() {
        return new ArrayList<>(byId.values());
    }

    /** The revision with exactly this id; throws {@link UnknownRevisionException} if there is none. */
    public MigrationRevision revision(String id) {
        return byId.get(graph.node(id).id());
    }

    /** The schema the revisions up to and including this one create, replayed from an empty schema. */
    public Schema schemaAt(String revisionId) {
        return replay.schemaAt(Set.of(graph.node(revisionId).id()));
    }

    /** The schema of a database whose version table holds these ids ({@link Schema#empty()} for none). */
    public Schema schemaAt(Collection<String> versions) {
        return replay.schemaAt(versions);
    }

    /** The schema at every head: what a fully upgraded database holds. */
    public Schema schemaAtHeads() {
        return replay.schemaAt(graph.heads());
    }
}
