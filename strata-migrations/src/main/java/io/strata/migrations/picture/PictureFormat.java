package io.strata.migrations.picture;

import java.util.Arrays;
import java.util.Locale;

/** The formats a picture is drawn in. */
public enum PictureFormat {

    /** Mermaid text, pasteable into GitHub or GitLab markdown inside a {@code ```mermaid} block. */
    MERMAID,
    /** Graphviz DOT text, for {@code dot -Tpng}. */
    DOT,
    /** A self-contained SVG image, laid out by Strata. */
    SVG;

    /** The format's name as typed on a command line: {@code mermaid}, {@code dot}, {@code svg}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named, ignoring case; throws {@link UnknownPictureFormatException} for another name. */
    public static PictureFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.option().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElseThrow(() -> new UnknownPictureFormatException(name));
    }
}
