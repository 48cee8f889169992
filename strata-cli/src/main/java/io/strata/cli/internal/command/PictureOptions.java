package io.strata.cli.internal.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import io.strata.ErrorKind;
import io.strata.cli.internal.CliException;
import io.strata.migrations.picture.PictureFormat;
import picocli.CommandLine.Option;

/** The options of the commands that draw a picture: its format, and the file it is written to. */
final class PictureOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid", completionCandidates = Formats.class,
            description = "mermaid (the default: paste it into GitHub or GitLab markdown in a ```mermaid block),"
                    + " dot (Graphviz) or svg (a self-contained image).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the picture to FILE (replacing it) instead of standard output.")
    private Path output;

    /** The format chosen; a usage error naming the formats for another name. */
    PictureFormat format() {
        return PictureFormat.parse(format);
    }

    /** Prints the picture, or writes it to the output file and says so. */
    void write(String picture, PrintWriter out) {
        if (output == null) {
            out.print(picture);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, picture, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ErrorKind.INVALID_INPUT, "Cannot write the picture to " + output.toAbsolutePath()
                    + " (" + e + "); check that its directory exists and is writable, or leave out -o to print it.");
        }
        out.println("Wrote " + output + " (" + format().option() + ").");
    }

    /** The format names, for shell completion and help. */
    static final class Formats implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(PictureFormat.values()).map(PictureFormat::option).iterator();
        }
    }
}
