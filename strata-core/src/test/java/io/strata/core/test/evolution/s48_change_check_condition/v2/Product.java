package io.strata.core.test.evolution.s48_change_check_condition.v2;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Check(name = "price_range", constraints = "price >= 0 AND price <= 10000")
@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false)
    public String name;

    @Column(precision = 8, scale = 2)
    public BigDecimal price;
}
