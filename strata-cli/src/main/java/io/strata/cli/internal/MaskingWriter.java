package io.strata.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** A writer that masks passwords line by line before passing the text on (so a password split across writes is caught). */
public final class MaskingWriter extends Writer {

    private final Writer target;
    private final Secrets secrets;
    private final StringBuilder line = new StringBuilder();

    private MaskingWriter(Writer target, Secrets secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    /** A print writer over {@code target} that masks what {@code secrets} knows. */
    public static PrintWriter wrap(Writer target, Secrets secrets) {
        return new PrintWriter(new MaskingWriter(target, secrets), true);
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                emit();
            }
        }
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            target.write(secrets.mask(line.toString()));
            line.setLength(0);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }
}
