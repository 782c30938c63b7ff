package ru.rodnik.synthetic;

import java.util.Arrays;
import java.util.List;

/**
 * How many reports agencies send about one person: weight {@code i} of a list is the relative chance of {@code i}
 * reports. Children are reported more often than adults, because schools, kindergartens and clinics see them.
 */
public record ReportsPerPerson(List<Double> child, List<Double> adult) {

    public ReportsPerPerson {
        child = checked(child);
        adult = checked(adult);
    }

    public static ReportsPerPerson defaults() {
        return new ReportsPerPerson(List.of(0.40, 0.32, 0.16, 0.08, 0.04), List.of(0.62, 0.26, 0.09, 0.03));
    }

    public static ReportsPerPerson none() {
        return exactly(0);
    }

    public static ReportsPerPerson exactly(int reports) {
        Double[] weights = new Double[reports + 1];
        Arrays.fill(weights, 0.0);
        weights[reports] = 1.0;
        return new ReportsPerPerson(List.of(weights), List.of(weights));
    }

    private static List<Double> checked(List<Double> weights) {
        List<Double> copy = List.copyOf(weights);
        if (copy.isEmpty()
                || copy.stream().anyMatch(weight -> weight < 0)
                || copy.stream().mapToDouble(w -> w).sum() <= 0) {
            throw new IllegalArgumentException("Report counts need non-negative weights with a positive sum");
        }
        return copy;
    }
}
