package io.strata.migrations.writer.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Class names of generated revisions: {@code V<yyyyMMdd>_<HHmm>_<Message>}, e.g.
 * {@code V20261121_1200_AddStores}. The UTC timestamp first keeps the files of a migrations package
 * listed in the order they were written (as Flyway's {@code V…} and Alembic's dated file templates
 * do) and makes names unique in practice; the message in camel case says what each one does.
 */
public final class ClassNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm").withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE_LENGTH = 60;

    private ClassNames() {
    }

    /** The class name for a revision with this message written at this instant. */
    public static String of(String message, Instant created) {
        return "V" + STAMP.format(created) + "_" + camelCase(message);
    }

    /** {@code "add stores"} → {@code AddStores}; accents dropped, other characters separate words; {@code Revision} when nothing is left. */
    static String camelCase(String message) {
        String ascii = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && name.length() + word.length() <= MAX_MESSAGE_LENGTH) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.length() == 0 ? "Revision" : name.toString();
    }
}
