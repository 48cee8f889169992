package io.strata.core.test.evolution.s53_not_null_with_default_and_make_not_null.v2;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    @Column(length = 20, unique = true)
    public String sku;

    @ColumnDefault("0")
    @Column(nullable = false)
    public Integer stock;
}
