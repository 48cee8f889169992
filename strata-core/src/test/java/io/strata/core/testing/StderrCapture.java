package io.strata.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies what is written to {@code System.err} (where the tests' slf4j-simple logs) while open, still
 * passing it through; {@link #text()} gives the copy. Close it to restore {@code System.err}.
 */
public final class StderrCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    /** Starts copying. */
    public StderrCapture() {
        System.setErr(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                copy.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                copy.write(b, off, len);
                original.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** What was written so far. */
    public String text() {
        System.err.flush();
        return copy.toString(StandardCharsets.UTF_8);
    }

    /** How many lines written so far contain {@code fragment}. */
    public long linesContaining(String fragment) {
        return text().lines().filter(line -> line.contains(fragment)).count();
    }

    /** Restores {@code System.err}. */
    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }
}
