package io.strata.core.internal.boot;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import io.strata.core.ModelException;
import io.strata.migrations.revision.internal.PackageClasses;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * Finds the annotated model classes in packages (recursively), from directories and jars alike, by
 * listing only those packages: start-up pays a few milliseconds, not a class-path scan.
 */
public final class EntityScanner {

    private static final List<Class<? extends Annotation>> MODEL_ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private EntityScanner() {
    }

    /**
     * The model classes of the packages, entities first; throws {@link ModelException} naming the
     * packages when they hold no {@code @Entity}.
     */
    public static List<Class<?>> scan(List<String> packages, ClassLoader loader) {
        List<Class<?>> candidates = new ArrayList<>();
        for (String pkg : packages) {
            for (String name : PackageClasses.names(pkg, loader)) {
                candidates.add(load(name, loader));
            }
        }
        List<Class<?>> found = new ArrayList<>();
        for (Class<? extends Annotation> annotation : MODEL_ANNOTATIONS) {
            for (Class<?> type : candidates) {
                if (type.isAnnotationPresent(annotation) && !found.contains(type)) {
                    found.add(type);
                }
            }
        }
        if (found.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class))) {
            throw new ModelException("No @Entity classes found in the models package(s) " + packages
                    + " (searched recursively in directories and jars on the class path). Check the package name"
                    + " given to models(...) or DB_MODELS_LOCATION, and that the classes are annotated with"
                    + " @jakarta.persistence.Entity.");
        }
        return List.copyOf(found);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelException("The class " + name + " in the models package cannot be loaded: " + e
                    + ". Rebuild the project so its classes and dependencies match.", e);
        }
    }
}
