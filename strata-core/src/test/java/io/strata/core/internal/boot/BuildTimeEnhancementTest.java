package io.strata.core.internal.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.core.internal.database.DatabaseTypes;
import io.strata.core.test.enhanced.Novel;
import io.strata.core.test.enhanced.Writer;
import io.strata.core.test.hierarchy.Car;
import io.strata.core.test.hierarchy.Parking;
import io.strata.core.test.hierarchy.Vehicle;
import io.strata.core.test.models.Author;
import io.strata.core.test.models.Book;
import io.strata.core.test.models.Store;

/**
 * When Strata starts Hibernate without a runtime bytecode provider: only for models all enhanced at build time
 * with no entity hierarchy, which Hibernate's own mapping confirms (EnhancedModelsTest runs them on the databases).
 */
class BuildTimeEnhancementTest {

    private static final List<Class<?>> ENHANCED = List.of(Writer.class, Novel.class);
    private static final List<Class<?>> HIERARCHY = List.of(Vehicle.class, Car.class, Parking.class);

    @Test
    void enhancedModelsWithoutAHierarchyNeedNoRuntimeProxies() {
        assertThat(BuildTimeEnhancement.coversAll(ENHANCED)).isTrue();
        assertThat(confirmed(ENHANCED)).isTrue();
    }

    @Test
    void anEnhancedHierarchyIsProxiedAtRuntime() {
        assertThat(BuildTimeEnhancement.coversAll(HIERARCHY)).isFalse();
        assertThat(BuildTimeEnhancement.coversAll(List.of(Car.class))).as("an entity superclass outside the list").isFalse();
        assertThat(confirmed(HIERARCHY)).isFalse();
    }

    @Test
    void plainOrPartlyEnhancedModelsKeepHibernatesDefault() {
        assertThat(BuildTimeEnhancement.coversAll(List.of(Author.class, Book.class, Store.class))).isFalse();
        assertThat(BuildTimeEnhancement.coversAll(List.of(Writer.class, Novel.class, Author.class, Book.class, Store.class))).isFalse();
        assertThat(BuildTimeEnhancement.coversAll(List.of())).isFalse();
        assertThat(confirmed(List.of(Author.class, Book.class, Store.class))).isFalse();
    }

    private static boolean confirmed(List<Class<?>> classes) {
        return HibernateBootstrap.withMetadata(DatabaseTypes.named("h2"), classes, BuildTimeEnhancement::confirmedBy);
    }
}
