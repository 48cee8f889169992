package io.strata.core.test.evolution.s55_add_not_null_column_with_column_default.v2;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String name;

    // README:column_default
    @ColumnDefault("'unknown'")                    // org.hibernate.annotations.ColumnDefault: SQL, quoted
    @Column(length = 40, nullable = false)
    public String country;
    // README:end
}
