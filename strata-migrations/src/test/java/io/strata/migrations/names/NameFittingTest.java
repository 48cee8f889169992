package io.strata.migrations.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.operations.Ops;

class NameFittingTest {

    private static final String LONG = "fk_order_line_items_customer_shipping_address_id_customer_shipping_addresses";

    @Test
    void aNameWithinTheLimitIsOnlyLowerCased() {
        assertThat(NameFitting.fit("IX_Book_Title")).isEqualTo("ix_book_title");
        String exactly63 = LongNames.of("uq_", 63);
        assertThat(NameFitting.fit(exactly63)).isEqualTo(exactly63);
    }

    @Test
    void aLongerNameKeepsItsStartAndEndsWithAHashOfTheWholeName() {
        String fitted = NameFitting.fit(LONG);

        assertThat(fitted).hasSize(63).startsWith(LONG.substring(0, 54) + "_")
                .endsWith(NameFitting.hash(LONG)).isEqualTo(NameFitting.fit(LONG.toUpperCase()));
        assertThat(NameFitting.fit(LONG + "_2")).isNotEqualTo(fitted).hasSize(63);
        assertThat(NameFitting.fit(LONG, 30)).hasSize(30).startsWith("fk_order_line_items_");
    }

    @Test
    void fittingIsIdempotentSoAFittedNameRoundTrips() {
        String fitted = NameFitting.fit(LONG);

        assertThat(NameFitting.fit(fitted)).isEqualTo(fitted);
        assertThat(IdentifierLimits.violations(new Ops().createForeignKey(fitted, "order_line_items",
                "customer_shipping_address_id", "customer_shipping_addresses", "id").operations(),
                io.strata.migrations.dialect.Dialects.all())).isEmpty();
    }

    @Test
    void opsFitNameIsTheSameFitting() {
        assertThat(new Ops().fitName(LONG)).isEqualTo(NameFitting.fit(LONG, 63));
    }

    @Test
    void refusesABlankNameAndALimitWithNoRoomForTheHash() {
        assertThatThrownBy(() -> NameFitting.fit(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name to fit");
        assertThatThrownBy(() -> NameFitting.fit(LONG, 15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15");
    }
}
