package io.strata.core.test.mapping;

import org.hibernate.annotations.Check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The many side of a unidirectional one-to-many with a join column. */
@Entity
public class PurchaseLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 80, nullable = false)
    public String product;

    @Check(name = "quantity_positive", constraints = "quantity > 0")
    public int quantity;
}
