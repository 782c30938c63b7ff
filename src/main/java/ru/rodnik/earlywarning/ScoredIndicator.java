package ru.rodnik.earlywarning;

/**
 * One indicator of a signal as the scoring sees it: the catalogue's code, weight and immediacy at the time it was
 * reported, and its labels for the explanation. Nothing about the persons it concerns.
 *
 * @param weight 0–10, the catalogue's weight
 * @param immediate whether it alone means a threat to a child's life or health
 */
public record ScoredIndicator(String code, int weight, boolean immediate, String labelRu, String labelEn) {

    public ScoredIndicator {
        if (weight < 0 || weight > 10) {
            throw new IllegalArgumentException("An indicator's weight is 0..10, not " + weight);
        }
    }
}
