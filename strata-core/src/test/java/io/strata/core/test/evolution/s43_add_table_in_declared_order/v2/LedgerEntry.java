package io.strata.core.test.evolution.s43_add_table_in_declared_order.v2;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.*;

/** Fields declared in an order that is not alphabetical: the created table keeps it. */
@Entity
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 20, nullable = false)
    public String zone;

    @Column(precision = 10, scale = 2, nullable = false)
    public BigDecimal amount;

    @ManyToOne
    public Author payee;

    @Column(length = 200)
    public String memo;

    public LocalDate bookedOn;
}
