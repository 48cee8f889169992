package io.strata.core.test.mapping;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A vehicle with a payload. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {

    @Column(precision = 8, scale = 1)
    public BigDecimal payload;
}
