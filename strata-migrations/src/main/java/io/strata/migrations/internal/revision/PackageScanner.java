package io.strata.migrations.internal.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.strata.migrations.revision.RevisionLoadException;

/**
 * Lists the classes of one package and its subpackages, in directories and jars, by asking the class
 * loader for that package's resources only: no walk of the whole class path (a full ClassGraph scan
 * costs hundreds of milliseconds at start-up; this costs a few). Classes are loaded, not initialised.
 */
public final class PackageScanner {

    private PackageScanner() {
    }

    /** The classes under the package, sorted by name; none when the package does not exist. */
    public static List<Class<?>> scan(String packageName, ClassLoader loader) {
        if (packageName == null || !packageName.matches("[\\w$]+(\\.[\\w$]+)*")) {
            throw new IllegalArgumentException("migrations package '" + packageName
                    + "' is not a Java package name such as com.example.migrations");
        }
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                collect(roots.nextElement(), path, names);
            }
            if (names.isEmpty()) {
                scanJarsWithoutDirectoryEntries(loader, path, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list package " + packageName + ": " + e.getMessage(), e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(load(name, loader));
        }
        return classes;
    }

    private static void collect(URL root, String path, TreeSet<String> names) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> collectDirectory(root, path, names);
            case "jar" -> collectJar(root, path, names);
            default -> throw new RevisionLoadException(root.toString(), "its protocol '" + root.getProtocol()
                    + "' cannot be listed; list the revision classes explicitly with RevisionSet.ofClasses(...)");
        }
    }

    /**
     * Jars written without directory entries do not answer {@code getResources(package)}; when nothing
     * was found, look through every jar that has a manifest (the slow path, taken only then).
     */
    private static void scanJarsWithoutDirectoryEntries(ClassLoader loader, String path, TreeSet<String> names)
            throws IOException {
        Set<String> seen = new HashSet<>();
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL manifest = manifests.nextElement();
            if ("jar".equals(manifest.getProtocol()) && seen.add(manifest.toString())) {
                collectJar(manifest, path, names);
            }
        }
    }

    private static void collectDirectory(URL root, String path, TreeSet<String> names) throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("bad class path directory " + root, e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                add(path + "/" + relative, names);
            });
        }
    }

    private static void collectJar(URL root, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(path + "/") && name.endsWith(".class")) {
                    add(name, names);
                }
            }
        }
    }

    private static void add(String resource, TreeSet<String> names) {
        String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
        if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
            names.add(name);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionLoadException(name, "the JVM cannot load it; rebuild the project", e);
        }
    }
}
