package io.strata.core.test.evolution.s50_one_table_five_ways.v1;

import jakarta.persistence.*;

@Entity
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false)
    public String title;

    @Column(length = 100)
    public String body;

    @Column(length = 20)
    public String legacy;

    public Integer pages;
}
