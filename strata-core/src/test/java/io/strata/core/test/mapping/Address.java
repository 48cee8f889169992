package io.strata.core.test.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address, flattened into its owner's table. */
@Embeddable
public class Address {

    @Column(length = 100)
    public String street;

    @Column(length = 60)
    public String city;

    @Column(length = 10)
    public String postcode;

    protected Address() {
    }

    public Address(String street, String city, String postcode) {
        this.street = street;
        this.city = city;
        this.postcode = postcode;
    }
}
