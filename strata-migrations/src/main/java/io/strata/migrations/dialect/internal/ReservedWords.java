package io.strata.migrations.dialect.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A dialect's reserved words, read from {@code reserved-words.txt} beside its class. */
public final class ReservedWords {

    private final Set<String> words;

    private ReservedWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Loads {@code reserved-words.txt} from the package of {@code owner} (one word a line, {@code #} comments). */
    public static ReservedWords of(Class<?> owner) {
        try (InputStream in = owner.getResourceAsStream("reserved-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("reserved-words.txt is missing beside " + owner.getName());
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return new ReservedWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the word, in any case, is reserved. */
    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
