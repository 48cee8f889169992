package io.strata.core.test.evolution.s53_not_null_with_default_and_make_not_null.v1;

import jakarta.persistence.*;

@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100)
    public String name;

    @Column(length = 20)
    public String sku;
}
