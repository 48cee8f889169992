package io.strata.core.test.evolution.s51_two_tables_rebuilt_in_one_revision.v2;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 200, nullable = false)
    public String name;

    @Column(length = 120, nullable = false)
    public String email;
}
