package io.strata.core.test.evolution.s54_drop_unique_add_foreign_key_and_index.v2;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;
}
