package io.strata.core.test.evolution.s59_rename_and_one_off_default_in_one_revision.v2;

import jakarta.persistence.*;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String fullName;

    @Column(length = 2, nullable = false)
    public String country;
}
