package io.strata.core.test.hierarchy;

import jakarta.persistence.Entity;

/** A car, a kind of vehicle (enhanced at build time). */
@Entity
public class Car extends Vehicle {

    private Integer seats;

    protected Car() {
    }

    public Car(String plate, int seats) {
        super(plate);
        this.seats = seats;
    }

    public Integer getSeats() {
        return seats;
    }
}
