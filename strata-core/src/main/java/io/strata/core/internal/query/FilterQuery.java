package io.strata.core.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.query.SelectionQuery;

/**
 * The HQL selecting the entities that match one shape of filter (its attribute names, and which of
 * them are matched against NULL), and the attribute each parameter {@code :p0, :p1…} takes its value
 * from. Built once per shape: Hibernate's query plan cache is then hit by the same string every call.
 *
 * @param hql the query text
 * @param boundAttributes the attribute of each parameter, in parameter order
 */
record FilterQuery(String hql, List<String> boundAttributes) {

    private static final String[] NAMES = {"p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"};

    /** The query for {@code shape}, selecting {@code entityName} entities (attribute names validated by the caller). */
    static FilterQuery of(String entityName, Shape shape) {
        StringBuilder hql = new StringBuilder("select e from ").append(entityName).append(" e");
        List<String> bound = new ArrayList<>();
        String keyword = " where ";
        for (String attribute : new TreeSet<>(shape.attributes())) {
            hql.append(keyword).append("e.").append(attribute);
            keyword = " and ";
            if (shape.matchedAgainstNull().contains(attribute)) {
                hql.append(" is null");
            } else {
                hql.append(" = :").append(parameterName(bound.size()));
                bound.add(attribute);
            }
        }
        return new FilterQuery(hql.toString(), List.copyOf(bound));
    }

    /** Binds the filter's values to a query made from {@link #hql}. */
    <T> SelectionQuery<T> bind(SelectionQuery<T> query, Map<String, ?> filter) {
        for (int i = 0; i < boundAttributes.size(); i++) {
            query.setParameter(parameterName(i), filter.get(boundAttributes.get(i)));
        }
        return query;
    }

    private static String parameterName(int i) {
        return i < NAMES.length ? NAMES[i] : "p" + i;
    }

    /**
     * What the query of a filter depends on: its attribute names and those whose value is NULL.
     *
     * @param attributes the filter's attribute names
     * @param matchedAgainstNull the attributes whose value is {@code null}
     */
    record Shape(Set<String> attributes, Set<String> matchedAgainstNull) {

        /** The shape of a filter, viewing (not copying) its key set: {@link #frozen} before keeping it. */
        static Shape of(Map<String, ?> filter) {
            Set<String> nulls = Set.of();
            for (Map.Entry<String, ?> entry : filter.entrySet()) {
                if (entry.getValue() == null) {
                    nulls = nulls.isEmpty() ? new TreeSet<>() : nulls;
                    nulls.add(entry.getKey());
                }
            }
            return new Shape(filter.keySet(), nulls);
        }

        /** An immutable copy, safe to keep as a cache key. */
        Shape frozen() {
            return new Shape(Set.copyOf(attributes), Set.copyOf(matchedAgainstNull));
        }
    }
}
