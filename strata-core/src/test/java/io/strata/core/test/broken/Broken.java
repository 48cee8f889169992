package io.strata.core.test.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** An entity Hibernate must reject: it has no @Id, and a relation to a non-entity. */
@Entity
public class Broken {

    @ManyToOne
    private String owner;
}
