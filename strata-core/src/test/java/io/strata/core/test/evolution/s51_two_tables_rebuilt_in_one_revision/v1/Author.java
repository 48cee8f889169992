package io.strata.core.test.evolution.s51_two_tables_rebuilt_in_one_revision.v1;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    @Column(length = 120)
    public String email;
}
