package io.strata.core.test.evolution.s42_varchar_to_long32_text.v1;

import jakarta.persistence.*;

@Entity
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 200)
    public String body;
}
