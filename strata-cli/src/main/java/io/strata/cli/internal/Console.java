package io.strata.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Where questions are asked: the system console, a terminal's streams, or none when the process is not interactive. */
public interface Console {

    /** Whether a person can answer (a terminal is attached). */
    boolean interactive();

    /** Shows the prompt and reads one line; {@code null} at end of input. */
    String readLine(String prompt);

    /** The JVM's console; not interactive when stdin or stdout is not a terminal. */
    static Console system() {
        return new Console() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public String readLine(String prompt) {
                java.io.Console console = System.console();
                return console == null ? null : console.readLine("%s", prompt);
            }
        };
    }

    /** An interactive console that writes prompts to {@code out} and reads answers from {@code in}, a line each. */
    static Console of(BufferedReader in, PrintWriter out) {
        return new Console() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                out.print(prompt);
                out.flush();
                try {
                    return in.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the answer from the terminal", e);
                }
            }
        };
    }
}
