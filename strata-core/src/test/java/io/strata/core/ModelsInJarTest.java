package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models packaged in a jar (as an application's dependency) are found by scanning, like those in directories. */
class ModelsInJarTest {

    @Test
    void entitiesInAJarAreScannedAndUsable(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/io/strata/jartest/sub"));
        Files.writeString(src.resolve("Gadget.java"), """
                package io.strata.jartest.sub;

                @jakarta.persistence.Entity
                public class Gadget {
                    @jakarta.persistence.Id
                    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
                    public Long id;

                    @jakarta.persistence.Column(unique = true)
                    public String label;
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int status = compiler.run(null, null, null, "-d", classes.toString(), "-cp", classPath,
                src.resolve("Gadget.java").toString());
        assertThat(status).isZero();
        Path jar = dir.resolve("gadgets.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // No directory entries, as some build tools write jars.
            String entry = "io/strata/jartest/sub/Gadget.class";
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
                Database db = Database.builder().url("h2:mem:jar_models").models("io.strata.jartest")
                        .classLoader(loader).build()) {
            Class<?> gadget = loader.loadClass("io.strata.jartest.sub.Gadget");
            assertThat(db.manages(gadget)).isTrue();
            assertThat(db.modelSchema().tables()).extracting(t -> t.name()).containsExactly("gadget");
            db.createAll();
            assertThat(db.getOrCreate(gadget, Map.of("label", "lamp")).created()).isTrue();
            db.commit();
            assertThat(db.getOrCreate(gadget, Map.of("label", "lamp")).created()).isFalse();
            db.removeSession();
            assertThat(List.of(db.existsInDb("gadget", "label"))).containsExactly(true);
        }
    }
}
