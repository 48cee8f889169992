package io.strata.core.test.evolution.s32_add_joined_subclass.v2;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class SavingsAccount extends Account {

    @Column(precision = 5, scale = 3)
    public BigDecimal rate;
}
