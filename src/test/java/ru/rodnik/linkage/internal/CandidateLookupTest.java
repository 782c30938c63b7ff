package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidateLookupTest {

    private final UUID sought = UUID.randomUUID();
    private final List<UUID> namesakes = persons(300);

    @Test
    void aRareKeyOutweighsEveryNamesakeOfACommonOne() {
        List<UUID> decade = new ArrayList<>(namesakes);
        decade.add(sought);
        Map<String, List<UUID>> filed = Map.of(
                "nd:иванова:софия:202",
                decade,
                "pd:иванава:сафа:202",
                decade,
                "d:2022-01-28:иванова",
                List.of(sought, namesakes.get(0), namesakes.get(1)),
                // Only the sought person has this one: it, not the order of ties, puts the person first.
                "bc:II-МЮ:123456",
                List.of(sought));

        List<UUID> ranked = CandidateLookup.ranked(filed.keySet(), filed, 3);

        assertThat(ranked).hasSize(3).first().isEqualTo(sought);
        assertThat(ranked).containsOnly(sought, namesakes.get(0), namesakes.get(1));
    }

    @Test
    void sharingMoreKeysComesFirstAndKeysNobodyHoldsCountForNothing() {
        UUID twoKeys = namesakes.get(5);
        Map<String, List<UUID>> filed = Map.of(
                "sp:иванов:михайловна:2022", List.of(sought, twoKeys),
                "gp:софия:михайловна:2022", List.of(sought, twoKeys, namesakes.get(6)),
                "dp:2022-01-28:михайловна", List.of(sought));

        List<UUID> ranked = CandidateLookup.ranked(
                Set.of("sp:иванов:михайловна:2022", "gp:софия:михайловна:2022", "dp:2022-01-28:михайловна", "bc:X"),
                filed,
                10);

        assertThat(ranked).containsExactly(sought, twoKeys, namesakes.get(6));
    }

    private static List<UUID> persons(int count) {
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            persons.add(UUID.randomUUID());
        }
        return persons;
    }
}
