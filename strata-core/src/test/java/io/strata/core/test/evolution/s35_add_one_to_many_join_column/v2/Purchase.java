package io.strata.core.test.evolution.s35_add_one_to_many_join_column.v2;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 20, nullable = false)
    public String reference;

    @OneToMany
    @JoinColumn(name = "purchase_id")
    public List<Line> lines = new ArrayList<>();
}
