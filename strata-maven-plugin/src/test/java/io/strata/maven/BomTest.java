package io.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * strata-bom has no parent (importing it must bring nothing of Strata's own build), so what it repeats
 * of the parent is checked here: its version, one entry per published module, the drivers' versions.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");
    /** Modules that are not libraries for applications. */
    private static final List<String> UNPUBLISHED = List.of("strata-bom", "strata-example-bookstore", "strata-benchmarks");

    @Test
    void theBomManagesEveryPublishedModuleAtTheProjectsVersion() throws IOException {
        String bom = Files.readString(ROOT.resolve("strata-bom/pom.xml"));
        assertThat(own(bom, "version")).isEqualTo(System.getProperty("strata.version"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        int published = 0;
        while (module.find()) {
            String artifactId = own(Files.readString(ROOT.resolve(module.group(1)).resolve("pom.xml")), "artifactId");
            if (!UNPUBLISHED.contains(artifactId)) {
                published++;
                assertThat(bom).as("strata-bom manages %s", artifactId).contains("<groupId>io.strata</groupId><artifactId>"
                        + artifactId + "</artifactId><version>${project.version}</version>");
            }
        }
        assertThat(published).isGreaterThanOrEqualTo(7);
    }

    @Test
    void theBomsDriverVersionsAreTheOnesTheSuiteRunsWith() throws IOException {
        String bom = Files.readString(ROOT.resolve("strata-bom/pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        for (String property : List.of("sqlite.version", "h2.version", "postgresql.version", "mariadb.version")) {
            assertThat(property(bom, property)).as(property).isEqualTo(property(parent, property));
        }
    }

    /** The project's own element, not its parent's. */
    private static String own(String pom, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]+)</" + element + ">")
                .matcher(pom.replaceAll("(?s)<parent>.*?</parent>", ""));
        assertThat(m.find()).as("<%s> in a pom", element).isTrue();
        return m.group(1);
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as("<%s> in a pom", name).isTrue();
        return m.group(1);
    }
}
