package io.strata.core.test.evolution.s58_rename_referenced_table_accepted.v2;

import jakarta.persistence.*;

@Table(name = "press")
@Entity
public class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 80, nullable = false, unique = true)
    public String name;
}
