package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {

    @Test
    void drawsInProportionToTheWeightsAndNeverAZeroWeight() {
        WeightedChoice<String> choice =
                new WeightedChoice<>(List.of("never", "rare", "never too", "common"), new double[] {0, 1, 0, 3});
        SplittableRandom random = new SplittableRandom(1);
        int rare = 0;
        int common = 0;
        for (int i = 0; i < 40_000; i++) {
            switch (choice.pick(random)) {
                case "rare" -> rare++;
                case "common" -> common++;
                default -> throw new AssertionError("drew an item of weight zero");
            }
        }
        assertThat(common / (double) rare).isBetween(2.8, 3.2);
    }

    @Test
    void countsAreDrawnByTheirIndex() {
        WeightedChoice<Integer> counts = WeightedChoice.ofCounts(List.of(0.0, 0.0, 1.0));

        assertThat(counts.pick(new SplittableRandom(5))).isEqualTo(2);
    }

    @Test
    void refusesWeightsThatCannotBeDrawn() {
        assertThatThrownBy(() -> new WeightedChoice<>(List.of("a"), new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedChoice<>(List.of("a", "b"), new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
