package io.strata.core.test.evolution.s57_rename_unique_column_accepted.v1;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    @Column(length = 120, nullable = false, unique = true)
    public String email;
}
