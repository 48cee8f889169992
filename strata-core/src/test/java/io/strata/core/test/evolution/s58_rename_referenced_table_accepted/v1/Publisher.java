package io.strata.core.test.evolution.s58_rename_referenced_table_accepted.v1;

import jakarta.persistence.*;

@Entity
public class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 80, nullable = false, unique = true)
    public String name;
}
