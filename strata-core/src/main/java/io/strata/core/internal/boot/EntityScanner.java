package io.strata.core.internal.boot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import io.strata.core.ModelException;

/** Finds the annotated model classes in packages (recursively), from directories and jars alike. */
public final class EntityScanner {

    private static final List<String> MODEL_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    private EntityScanner() {
    }

    /**
     * The model classes of the packages, entities first; throws {@link ModelException} naming the
     * packages when they hold no {@code @Entity}.
     */
    public static List<Class<?>> scan(List<String> packages, ClassLoader loader) {
        Set<Class<?>> found = new LinkedHashSet<>();
        boolean anyEntity = false;
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).enableClassInfo().enableAnnotationInfo()
                .acceptPackages(packages.toArray(String[]::new)).scan()) {
            for (String annotation : MODEL_ANNOTATIONS) {
                List<ClassInfo> infos = new ArrayList<>(scan.getClassesWithAnnotation(annotation));
                infos.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (ClassInfo info : infos) {
                    found.add(info.loadClass());
                    anyEntity |= annotation.endsWith(".Entity");
                }
            }
        }
        if (!anyEntity) {
            throw new ModelException("No @Entity classes found in the models package(s) " + packages
                    + " (searched recursively in directories and jars on the class path). Check the package name"
                    + " given to models(...) or DB_MODELS_LOCATION, and that the classes are annotated with"
                    + " @jakarta.persistence.Entity.");
        }
        return List.copyOf(found);
    }
}
