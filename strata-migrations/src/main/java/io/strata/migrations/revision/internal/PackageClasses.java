package io.strata.migrations.revision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.strata.UnlistablePackageException;

/**
 * Lists the classes of one package and its subpackages, in directories and jars, by asking the class
 * loader for that package's resources only: no walk of the whole class path (a full ClassGraph scan
 * costs hundreds of milliseconds at start-up; this costs a few). Used for migrations and models alike.
 */
public final class PackageClasses {

    private PackageClasses() {
    }

    /** The names of the classes under the package, sorted; none when the package does not exist. */
    public static List<String> names(String packageName, ClassLoader loader) {
        if (packageName == null || !packageName.matches("[\\w$]+(\\.[\\w$]+)*")) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name such as com.example.models");
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
        return List.copyOf(names);
    }

    private static void collect(URL root, String path, TreeSet<String> names) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> collectDirectory(root, path, names);
            case "jar" -> collectJar(root, path, names);
            default -> throw new UnlistablePackageException(root.toString(), "Cannot list the classes at " + root + ": its protocol '"
                    + root.getProtocol() + "' cannot be listed. Give the classes explicitly instead"
                    + " (RevisionSet.ofClasses(...) for revisions).");
        }
    }

    /**
     * Jars written without directory entries do not answer {@code getResources(package)}; when nothing
     * was found, look through every jar the loaders know of: those with a manifest, those of URL class
     * loaders up the chain, and those of the class path (the slow path, taken only then).
     */
    private static void scanJarsWithoutDirectoryEntries(ClassLoader loader, String path, TreeSet<String> names)
            throws IOException {
        Set<String> jars = new java.util.LinkedHashSet<>();
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL manifest = manifests.nextElement();
            if ("jar".equals(manifest.getProtocol())) {
                String url = manifest.toString();
                jars.add(url.substring("jar:".length(), url.indexOf("!/")));
            }
        }
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof java.net.URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    jars.add(url.toString());
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                jars.add(Path.of(entry).toUri().toString());
            }
        }
        for (String jar : jars) {
            if (jar.endsWith(".jar")) {
                collectJar(new URL("jar:" + jar + "!/"), path, names);
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
        String prefix = path + "/";
        try (JarFile jar = connection.getJarFile()) {
            // Every entry of the jar is visited (an application's fat jar has tens of thousands): keep the loop bare.
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(".class")) {
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
}
