package io.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md shows the sample project that the invoker builds and runs on every
 * {@code mvn verify} (src/it/getting-started): each Java block is a {@code // DOCS:} region of its
 * sources, and the pom block is its pom, so the page cannot drift from code that compiles and runs.
 */
class GettingStartedTest {

    private static final Path SAMPLE = Path.of("src/it/getting-started");
    private static final Path PAGE = Path.of("../docs/getting-started.md");

    @Test
    void everyJavaBlockIsSourceOfTheSampleProject() throws IOException {
        List<String> regions = new ArrayList<>();
        try (var files = Files.walk(SAMPLE.resolve("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("// DOCS:\\w+\\n(.*?)\\s*// DOCS:end", Pattern.DOTALL)
                        .matcher(Files.readString(file));
                while (m.find()) {
                    regions.add(normalize(m.group(1)));
                }
            }
        }
        List<String> blocks = blocks("java");
        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            assertThat(regions).as("a java block of getting-started.md must be a DOCS: region of %s", SAMPLE)
                    .contains(normalize(block));
        }
    }

    @Test
    void thePomBlockIsTheSampleProjectsPom() throws IOException {
        String pom = Files.readString(SAMPLE.resolve("pom.xml"))
                .replace("@project.version@", System.getProperty("strata.version"));
        assertThat(blocks("xml")).containsExactly(pom);
    }

    private static List<String> blocks(String language) throws IOException {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(PAGE));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** Lines stripped of indentation, blank lines dropped. */
    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
