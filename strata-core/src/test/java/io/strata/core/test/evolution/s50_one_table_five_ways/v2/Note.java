package io.strata.core.test.evolution.s50_one_table_five_ways.v2;

import jakarta.persistence.*;

@Table(indexes = @Index(columnList = "body"))
@Entity
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false, unique = true)
    public String title;

    @Column(length = 100)
    public String body;

    public Long pages;

    public Integer rating;
}
