package io.strata.migrations.writer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The Java source of one revision, ready to be written into a source tree.
 *
 * @param packageName the package, e.g. {@code com.example.migrations}
 * @param className the simple class name, e.g. {@code V20261121_1200_AddStores}
 * @param revisionId the revision's id
 * @param text the source text
 */
public record RevisionSource(String packageName, String className, String revisionId, String text) {

    /** Validates the parts are present. */
    public RevisionSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(text, "text");
    }

    /** The fully qualified class name. */
    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** The file's path relative to a source root, e.g. {@code com/example/migrations/V20261121_1200_AddStores.java}. */
    public Path relativePath() {
        Path dir = packageName.isEmpty() ? Path.of("") : Path.of(packageName.replace('.', '/'));
        return dir.resolve(className + ".java");
    }

    /**
     * Writes the file under {@code sourceDir} (e.g. {@code src/main/java}), creating the package
     * directories; never overwrites.
     *
     * @return the file written
     * @throws RevisionWriteException when the file exists already or cannot be written
     */
    public Path writeTo(Path sourceDir) {
        Path file = sourceDir.resolve(relativePath());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new RevisionWriteException(file, "revision file " + file + " already exists and is never overwritten;"
                    + " delete it if it is a leftover, or write the revision with another message", e);
        } catch (IOException e) {
            throw new RevisionWriteException(file, "could not write revision file " + file + ": " + e.getMessage()
                    + "; check that " + sourceDir + " is a writable source directory", e);
        }
    }
}
