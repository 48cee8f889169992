package io.strata.core.test.assigned;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity whose key the application assigns: its insert returns nothing, so it cannot skip a refused row. */
@Entity
public class Ticket {

    @Id
    private String code;

    private String holder;

    protected Ticket() {
    }

    /** The ticket's holder. */
    public String getHolder() {
        return holder;
    }
}
