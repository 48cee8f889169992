package io.strata.core.test.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/** A many-to-one deleted with its customer, a one-to-many by join column, a many-to-many. */
@Entity
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Customer customer;

    @ColumnDefault("CURRENT_TIMESTAMP")
    public Instant placedAt;

    @OneToMany
    @JoinColumn(name = "purchase_id")
    public List<PurchaseLine> lines = new ArrayList<>();

    @ManyToMany
    public Set<Tag> tags = new HashSet<>();
}
