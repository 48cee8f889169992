package io.strata.core.test.evolution.s54_drop_unique_add_foreign_key_and_index.v2;

import jakarta.persistence.*;

@Table(indexes = @Index(columnList = "author_id"))
@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 100, nullable = false)
    public String title;

    @Column(length = 20)
    public String isbn;

    @ManyToOne
    @JoinColumn(name = "author_id")
    public Author author;
}
