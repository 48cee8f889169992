package io.strata.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import io.strata.migrations.writer.RevisionSource;

/**
 * Compiles written revision sources as an application's build would ({@code -Xlint:all -Werror},
 * against the test class path) and loads them, so tests run exactly what autogenerate wrote.
 */
public final class RevisionCompiler {

    private RevisionCompiler() {
    }

    /**
     * Compiles the revisions written under {@code sourceDir} into {@code classesDir} and loads them
     * with a new class loader over that directory.
     *
     * @throws AssertionError with the compiler's output when they do not compile cleanly
     */
    public static List<Class<?>> compileAndLoad(List<RevisionSource> sources, Path sourceDir, Path classesDir) {
        try {
            Files.createDirectories(classesDir);
            List<String> args = new ArrayList<>(List.of("-d", classesDir.toString(), "-classpath", classPath(),
                    "-Xlint:all", "-Werror", "-proc:none"));
            sources.forEach(s -> args.add(sourceDir.resolve(s.relativePath()).toString()));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
            int status;
            try (PrintStream errors = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                status = compiler.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
            }
            String messages = output.toString(StandardCharsets.UTF_8);
            if (status != 0 || !messages.isBlank()) {
                throw new AssertionError("generated revisions do not compile cleanly:\n" + messages + "\n"
                        + sources.stream().map(RevisionSource::text).reduce("", (a, b) -> a + "\n" + b));
            }
            return load(sources, classesDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> load(List<RevisionSource> sources, Path classesDir) {
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()},
                    RevisionCompiler.class.getClassLoader());
            List<Class<?>> loaded = new ArrayList<>();
            for (RevisionSource source : sources) {
                loaded.add(loader.loadClass(source.qualifiedName()));
            }
            return loaded;
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the compiled revisions from " + classesDir, e);
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
