package io.strata.core.test.models.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The other half of a foreign-key cycle: a department's manager is an employee. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @ManyToOne
    private Employee manager;

    protected Department() {
    }

    public Department(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public void setManager(Employee manager) {
        this.manager = manager;
    }
}
