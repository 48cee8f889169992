package io.strata.core.test.evolution.s30_widen_enum_column.v2;

import java.math.BigDecimal;
import java.util.*;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

public enum Tier {
    BRONZE, SILVER, GOLD, PLATINUM_PLUS_PLUS
}
