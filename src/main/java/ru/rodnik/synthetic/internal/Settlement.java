package ru.rodnik.synthetic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A place where families live, with its demo territory code and its streets. Cities are mostly blocks of flats;
 * villages mostly houses without a flat number.
 */
record Settlement(String code, String prefix, String name, boolean city, WeightedChoice<String> streets) {

    static WeightedChoice<Settlement> load() {
        List<String[]> streetRows = TsvTable.rows("synthetic/streets.tsv", 3);
        List<Settlement> settlements = new ArrayList<>();
        List<String[]> rows = TsvTable.rows("synthetic/territories.tsv", 5);
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            settlements.add(
                    new Settlement(row[0], row[1], row[2], "city".equals(row[4]), streetsOf(row[0], streetRows)));
            weights[i] = Double.parseDouble(row[3]);
        }
        return new WeightedChoice<>(settlements, weights);
    }

    private static WeightedChoice<String> streetsOf(String code, List<String[]> streetRows) {
        List<String> streets = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String[] row : streetRows) {
            if ("*".equals(row[0]) || code.equals(row[0])) {
                streets.add(row[1]);
                weights.add(Double.parseDouble(row[2]));
            }
        }
        return new WeightedChoice<>(
                streets, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** «г. Новосибирск, ул. Лесная, д. 5, кв. 12» or «с. Северное, ул. Ленина, д. 20». */
    String address(SplittableRandom random) {
        StringBuilder text = new StringBuilder(64)
                .append(prefix)
                .append(' ')
                .append(name)
                .append(", ")
                .append(streets.pick(random))
                .append(", д. ");
        double low = random.nextDouble();
        // Low house numbers are the most common: every street has a house 1, few have a house 150.
        text.append(1 + (int) (low * low * (city ? 150 : 70)));
        if (random.nextDouble() < 0.04) {
            text.append(random.nextBoolean() ? "а" : "/" + (1 + random.nextInt(4)));
        }
        if (random.nextDouble() < (city ? 0.85 : 0.1)) {
            text.append(", кв. ").append(1 + random.nextInt(city ? 240 : 16));
        }
        return text.toString();
    }
}
