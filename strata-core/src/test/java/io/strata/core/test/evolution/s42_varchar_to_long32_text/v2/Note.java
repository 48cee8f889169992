package io.strata.core.test.evolution.s42_varchar_to_long32_text.v2;

import jakarta.persistence.*;
import org.hibernate.Length;

@Entity
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = Length.LONG32)
    public String body;
}
