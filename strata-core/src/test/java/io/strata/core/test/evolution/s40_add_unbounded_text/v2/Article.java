package io.strata.core.test.evolution.s40_add_unbounded_text.v2;

import jakarta.persistence.*;
import org.hibernate.Length;

@Entity
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String title;

    /** Longer than any database's VARCHAR: text on all four, whichever URL generated the revision. */
    @Column(length = Length.LONG32)
    public String body;
}
