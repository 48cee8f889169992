package io.strata.core.test.mapping;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A joined subclass: its table's key is also a foreign key to account. */
@Entity
public class SavingsAccount extends Account {

    @Column(precision = 5, scale = 3)
    public BigDecimal rate;
}
