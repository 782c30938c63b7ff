package ru.rodnik.synthetic;

/**
 * An indicator of a simulated signal, as the indicator catalogue (version 1) defines it.
 *
 * @param group the catalogue's group: the kind of agency that typically notices it
 * @param weight 0–10
 * @param immediate whether it alone means a threat to a child's life or health
 */
public record SimulatedIndicator(
        String code, String group, int weight, boolean immediate, String labelRu, String labelEn) {}
