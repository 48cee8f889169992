package io.strata.core.test.evolution.s58_rename_referenced_table_accepted.v2;

import jakarta.persistence.*;

@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String title;

    @ManyToOne
    public Publisher publisher;
}
