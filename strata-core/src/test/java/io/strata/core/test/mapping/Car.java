package io.strata.core.test.mapping;

import jakarta.persistence.Entity;

/** A vehicle with seats. */
@Entity
public class Car extends Vehicle {

    public Integer seats;
}
