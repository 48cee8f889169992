package io.strata.cli.internal;

/** Where confirmations are asked: the system console, or none when the process is not interactive. */
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
}
