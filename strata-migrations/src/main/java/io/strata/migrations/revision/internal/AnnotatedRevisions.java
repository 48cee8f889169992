package io.strata.migrations.revision.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import io.strata.migrations.graph.InvalidRevisionException;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.revision.RevisionLoadException;

/** Turns {@link Revision @Revision} classes into {@link MigrationRevision}s, with errors that name the class. */
public final class AnnotatedRevisions {

    private AnnotatedRevisions() {
    }

    /**
     * The revisions among scanned classes: annotated classes must implement {@link Migration}, and
     * top-level concrete {@link Migration} classes must be annotated (a forgotten annotation would
     * silently skip a revision); other classes (helpers, nested and anonymous classes) are skipped.
     */
    public static List<MigrationRevision> fromScan(List<Class<?>> classes) {
        List<MigrationRevision> revisions = new ArrayList<>();
        for (Class<?> type : classes) {
            boolean annotated = type.isAnnotationPresent(Revision.class);
            boolean concreteMigration = Migration.class.isAssignableFrom(type) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers()) && type.getEnclosingClass() == null;
            if (annotated || concreteMigration) {
                revisions.add(fromClass(type));
            }
        }
        return revisions;
    }

    /** The revision an annotated class declares, created through its no-argument constructor. */
    public static MigrationRevision fromClass(Class<?> type) {
        RevisionNode node = node(type);
        return new MigrationRevision(node, created(type), instantiate(type), type.getName());
    }

    /** The revision an instance of an annotated class declares. */
    public static MigrationRevision fromInstance(Migration migration) {
        Class<?> type = migration.getClass();
        return new MigrationRevision(node(type), created(type), migration, type.getName());
    }

    private static RevisionNode node(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new RevisionLoadException(type.getName(), "it has no @Revision annotation; add"
                    + " @Revision(id = \"…\", parents = {…}, message = \"…\") to it");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RevisionLoadException(type.getName(), "it is annotated with @Revision but does not implement "
                    + Migration.class.getName() + "; add 'implements Migration' with upgrade(Ops) and downgrade(Ops)");
        }
        if (!revision.compatible().isBlank() && !revision.breaking().isBlank()) {
            throw new RevisionLoadException(type.getName(), "its @Revision declares it both compatible and breaking;"
                    + " keep one of compatible = \"…\" and breaking = \"…\"");
        }
        if (!revision.contract().isBlank() && !revision.compatible().isBlank()) {
            throw new RevisionLoadException(type.getName(), "its @Revision is a contract revision and declares it"
                    + " compatible; a contract revision is breaking by definition: remove compatible = \"…\"");
        }
        try {
            return new RevisionNode(revision.id(), Arrays.asList(revision.parents()),
                    new HashSet<>(Arrays.asList(revision.branchLabels())), revision.message());
        } catch (InvalidRevisionException e) {
            throw new RevisionLoadException(type.getName(), "its @Revision is invalid: " + e.getMessage(), e);
        }
    }

    private static String created(Class<?> type) {
        String created = type.getAnnotation(Revision.class).created();
        if (created.isEmpty()) {
            return created;
        }
        try {
            if (created.contains("T")) {
                DateTimeFormatter.ISO_DATE_TIME.parse(created);
            } else {
                DateTimeFormatter.ISO_DATE.parse(created);
            }
            return created;
        } catch (DateTimeParseException e) {
            throw new RevisionLoadException(type.getName(), "@Revision(created = \"" + created
                    + "\") is not ISO-8601; write it like 2025-01-14T10:22:31Z or 2025-01-14");
        }
    }

    private static Migration instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new RevisionLoadException(type.getName(), "it has no no-argument constructor; add one"
                    + (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? " and make the nested class static" : ""));
        } catch (InvocationTargetException e) {
            throw new RevisionLoadException(type.getName(), "its constructor threw", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RevisionLoadException(type.getName(), "it cannot be instantiated; make it a public or"
                    + " package-private concrete class", e);
        }
    }
}
