package io.strata.core.test.evolution.s27_add_embeddable.v2;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Embeddable
public class Address {

    @Column(length = 100)
    public String street;

    @Column(length = 60)
    public String city;
}
