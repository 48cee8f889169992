package io.strata.core.test.sequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An entity whose id needs a sequence (GenerationType.AUTO). */
@Entity
public class Counter {

    @Id
    @GeneratedValue
    private Long id;
}
