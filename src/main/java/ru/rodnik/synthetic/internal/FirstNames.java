package ru.rodnik.synthetic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * First names of one sex, with frequencies for two generations (children born 2008–2026, parents born 1975–2005),
 * grouped into pools: the common pool every family draws from, and Tatar/Bashkir, Armenian and Azerbaijani names that
 * families of that origin choose more often.
 */
final class FirstNames {

    enum Generation {
        CHILDREN,
        PARENTS
    }

    static final String COMMON_POOL = "ru";

    /** How often a family of a non-Russian origin picks a name of its own pool rather than a common one. */
    private static final double OWN_POOL_SHARE = 0.6;

    private final Map<String, WeightedChoice<String>> children = new LinkedHashMap<>();
    private final Map<String, WeightedChoice<String>> parents = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();

    FirstNames(List<String[]> rows) {
        Map<String, List<String[]>> byPool = new LinkedHashMap<>();
        for (String[] row : rows) {
            byPool.computeIfAbsent(row[3], pool -> new ArrayList<>()).add(row);
            all.add(row[0]);
        }
        byPool.forEach((pool, poolRows) -> {
            putIfDrawable(children, pool, poolRows, 1);
            putIfDrawable(parents, pool, poolRows, 2);
        });
        if (!children.containsKey(COMMON_POOL) || !parents.containsKey(COMMON_POOL)) {
            throw new IllegalStateException("The common name pool is missing");
        }
    }

    private static void putIfDrawable(
            Map<String, WeightedChoice<String>> target, String pool, List<String[]> rows, int column) {
        List<String> names = new ArrayList<>();
        double[] weights = new double[rows.size()];
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows.get(i)[0]);
            weights[i] = Double.parseDouble(rows.get(i)[column]);
            sum += weights[i];
        }
        if (sum > 0) {
            target.put(pool, new WeightedChoice<>(names, weights));
        }
    }

    /** A name for someone of the given generation whose family's surname has the given name pool. */
    String pick(Generation generation, String pool, SplittableRandom random) {
        Map<String, WeightedChoice<String>> choices = generation == Generation.CHILDREN ? children : parents;
        WeightedChoice<String> own = choices.get(pool);
        if (own != null && !COMMON_POOL.equals(pool) && random.nextDouble() < OWN_POOL_SHARE) {
            return own.pick(random);
        }
        return choices.get(COMMON_POOL).pick(random);
    }

    List<String> all() {
        return all;
    }
}
