package io.strata.core.test.evolution.s41_add_unbounded_binary.v2;

import jakarta.persistence.*;
import org.hibernate.Length;

@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    /** Longer than any database's VARBINARY: blob on all four. */
    @Column(length = Length.LONG32)
    public byte[] content;
}
