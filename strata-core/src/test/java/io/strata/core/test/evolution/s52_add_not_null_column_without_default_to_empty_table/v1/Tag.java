package io.strata.core.test.evolution.s52_add_not_null_column_without_default_to_empty_table.v1;

import jakarta.persistence.*;

@Entity
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false)
    public String name;
}
