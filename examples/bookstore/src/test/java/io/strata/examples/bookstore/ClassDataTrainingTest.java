package io.strata.examples.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build's training run for the class-data sharing archive ({@code bookstore.jar train}): it starts the
 * bookstore on a temporary SQLite file, then again on the same file, answers its requests without a
 * server error, and leaves no file behind.
 */
class ClassDataTrainingTest {

    @Test
    void the_training_run_starts_the_bookstore_twice_serves_and_cleans_up() throws IOException {
        Set<Path> before = trainingDirectories();

        ClassDataTraining.run();

        assertThat(trainingDirectories()).as("temporary directories left behind").isEqualTo(before);
    }

    private static Set<Path> trainingDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("bookstore-training"))
                    .collect(Collectors.toSet());
        }
    }
}
