package io.strata.core.test.evolution.s46_enum_gains_value.v1;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

public enum Priority {
    LOW, HIGH
}
