package io.strata.core.test.keywords;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entity whose table and columns are reserved words: {@code order}, {@code year}, {@code value}, {@code user}. */
@Entity
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Integer year;

    public String value;

    public String user;
}
