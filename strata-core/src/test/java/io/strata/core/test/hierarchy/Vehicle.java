package io.strata.core.test.hierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A vehicle, the root of a hierarchy (enhanced at build time). */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String plate;

    protected Vehicle() {
    }

    public Vehicle(String plate) {
        this.plate = plate;
    }

    public Long getId() {
        return id;
    }

    public String getPlate() {
        return plate;
    }
}
