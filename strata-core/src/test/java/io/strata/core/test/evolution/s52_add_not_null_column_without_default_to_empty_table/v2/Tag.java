package io.strata.core.test.evolution.s52_add_not_null_column_without_default_to_empty_table.v2;

import jakarta.persistence.*;

@Table(indexes = @Index(columnList = "slug"))
@Entity
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 50, nullable = false)
    public String name;

    @Column(length = 20, nullable = false)
    public String slug;
}
