package io.strata.maven.internal;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.artifact.Artifact;

/**
 * The project's output directories and runtime class path, plus whatever of the plugin's own
 * dependencies the project lacks (the command line, picocli…), in a class loader whose parent is the
 * JDK's platform loader: Maven's classes (its SLF4J, its Guava…) stay out, and the project's versions of
 * everything win over the plugin's.
 */
public final class ProjectClassLoader {

    private final List<URL> urls;

    private ProjectClassLoader(List<URL> urls) {
        this.urls = urls;
    }

    /**
     * The class path of a run.
     *
     * @param projectElements the project's runtime class path elements, its output directory first
     * @param projectArtifacts the project's resolved artifacts (to tell which of the plugin's it has)
     * @param pluginArtifacts the plugin's artifacts, its own jar among them
     */
    public static ProjectClassLoader of(List<String> projectElements, Set<Artifact> projectArtifacts,
            List<Artifact> pluginArtifacts) {
        Set<String> present = projectArtifacts.stream().map(ProjectClassLoader::key).collect(Collectors.toSet());
        Set<File> files = new LinkedHashSet<>();
        projectElements.forEach(element -> files.add(new File(element)));
        pluginArtifacts.stream().filter(a -> a.getFile() != null && !present.contains(key(a)))
                .forEach(a -> files.add(a.getFile()));
        List<URL> urls = new ArrayList<>();
        for (File file : files) {
            try {
                urls.add(file.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a class path element: " + file, e);
            }
        }
        return new ProjectClassLoader(List.copyOf(urls));
    }

    /** The class path, in order. */
    public List<URL> urls() {
        return urls;
    }

    /**
     * Runs {@link Launch#run} in a fresh loader over this class path, with it as the thread's context
     * class loader (core finds models and revisions through it), and closes the loader afterwards.
     *
     * @return the command line's exit code
     * @throws java.lang.reflect.InvocationTargetException what the launcher threw (e.g. a bad {@code <builder>})
     */
    public int launch(Map<String, String> project, List<String> args) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("strata-project", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> launch = Class.forName(Launch.class.getName(), true, loader);
            return (int) launch.getMethod("run", Map.class, String[].class).invoke(null, project, args.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException("Could not close the project's class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }
}
