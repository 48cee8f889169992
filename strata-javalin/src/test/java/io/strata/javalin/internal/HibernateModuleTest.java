package io.strata.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.strata.javalin.models.Note;

/** Which properties the JSON module checks for lazy values (the lazy cases themselves: JsonMapperTest). */
class HibernateModuleTest {

    private record Point(int x, int y) {
    }

    private enum Colour { RED }

    @Test
    void valuesNoProxyOrLazyCollectionCanBeAreWrittenAsTheyAre() {
        for (Class<?> type : List.of(int.class, long.class, String.class, Long.class, Boolean.class, LocalDate.class,
                Point.class, Colour.class)) {
            assertThat(HibernateModule.canBeLazy(type)).as(type.getName()).isFalse();
        }
    }

    @Test
    void entitiesCollectionsAndOpenTypesAreCheckedForLazyValues() {
        for (Class<?> type : List.of(Note.class, List.class, Set.class, Map.class, Object.class, Number.class,
                BigDecimal.class)) {
            assertThat(HibernateModule.canBeLazy(type)).as(type.getName()).isTrue();
        }
    }
}
