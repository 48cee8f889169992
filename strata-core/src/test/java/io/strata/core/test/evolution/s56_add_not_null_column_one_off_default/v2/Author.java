package io.strata.core.test.evolution.s56_add_not_null_column_one_off_default.v2;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    @Column(nullable = false)
    public int rating;
}
