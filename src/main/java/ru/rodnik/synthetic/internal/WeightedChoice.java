package ru.rodnik.synthetic.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items with given relative weights; a binary search over cumulative weights keeps it fast for long lists. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("One weight per item, at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("Negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("Weights sum to zero");
        }
    }

    static WeightedChoice<Integer> ofCounts(List<Double> weights) {
        Integer[] counts = new Integer[weights.size()];
        double[] raw = new double[weights.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i;
            raw[i] = weights.get(i);
        }
        return new WeightedChoice<>(List.of(counts), raw);
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        // A miss gives -(insertion point) - 1: the first item whose cumulative weight exceeds the target.
        int index = at >= 0 ? at + 1 : -at - 1;
        // Zero-weight items share their neighbour's cumulative value; skip them so they are never drawn.
        while (index < cumulative.length - 1 && cumulative[index] <= target) {
            index++;
        }
        return items.get(Math.min(index, items.size() - 1));
    }

    List<T> items() {
        return items;
    }
}
