package io.strata.migrations.revision.internal;

import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.revision.internal.PackageClasses;
import io.strata.migrations.revision.RevisionLoadException;

/** Loads (without initialising) the classes of a migrations package and its subpackages. */
public final class PackageScanner {

    private PackageScanner() {
    }

    /** The classes under the package, sorted by name; none when the package does not exist. */
    public static List<Class<?>> scan(String packageName, ClassLoader loader) {
        if (packageName == null || !packageName.matches("[\\w$]+(\\.[\\w$]+)*")) {
            throw new IllegalArgumentException("migrations package '" + packageName
                    + "' is not a Java package name such as com.example.migrations");
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : PackageClasses.names(packageName, loader)) {
            classes.add(load(name, loader));
        }
        return classes;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionLoadException(name, "the JVM cannot load it; rebuild the project", e);
        }
    }
}
