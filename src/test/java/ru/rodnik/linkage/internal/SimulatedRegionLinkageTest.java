package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.linkage.MatchOutcome;

/**
 * Blocking and matching on a synthetic region with ground truth: about 35,000 people in 10,000 families, and
 * signals that name them with realistic noise — several kinds at once for some subjects — plus people nobody has
 * registered yet.
 */
class SimulatedRegionLinkageTest {

    private static final int FAMILIES = 10_000;
    private static final int KNOWN_SUBJECTS = 6_000;
    private static final int NEW_SUBJECTS = 1_500;

    private final Random random = new Random(20261125);
    private final SimulatedRegion region = new SimulatedRegion(FAMILIES, random);
    private final BlockingKeys blocking = new BlockingKeys();
    private final Map<String, List<Integer>> index = new HashMap<>();
    private final Map<Integer, LinkageRecord> registry = new HashMap<>();

    SimulatedRegionLinkageTest() {
        for (SimulatedRegion.Person person : region.people()) {
            LinkageRecord record = region.registryRecord(person);
            registry.put(person.id(), record);
            for (String key : blocking.filedUnder(record)) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(person.id());
            }
        }
    }

    private Set<Integer> candidates(LinkageRecord subject) {
        Set<Integer> found = new LinkedHashSet<>();
        for (String key : blocking.soughtUnder(subject)) {
            found.addAll(index.getOrDefault(key, List.of()));
        }
        return found;
    }

    @Test
    void blockingFindsTheTruePersonForAtLeast995InAThousandNoisySubjects() {
        int found = 0;
        long candidateTotal = 0;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < KNOWN_SUBJECTS; i++) {
            SimulatedRegion.Person person = pick();
            SimulatedRegion.Noisy subject = region.asReported(person, companion(person));
            Set<Integer> candidates = candidates(subject.record());
            candidateTotal += candidates.size();
            if (candidates.contains(person.id())) {
                found++;
            } else {
                lost.add(subject.noise().toString());
            }
        }
        double completeness = (double) found / KNOWN_SUBJECTS;
        double meanCandidates = (double) candidateTotal / KNOWN_SUBJECTS;
        assertThat(completeness).as("pair completeness; lost: %s", lost).isGreaterThanOrEqualTo(0.995);
        assertThat(meanCandidates).as("mean candidates per subject").isLessThan(20);
    }

    @Test
    void theEngineWithNameFrequenciesLinksMostKnownSubjectsAndAlmostNeverTheWrongPerson() {
        Matcher matcher = new Matcher(FellegiSunterModel.defaults(), NameFrequencies.count(registry.values()));
        Map<String, Integer> outcomes = new HashMap<>();
        int wrongLinks = 0;
        for (int i = 0; i < KNOWN_SUBJECTS + NEW_SUBJECTS; i++) {
            boolean known = i < KNOWN_SUBJECTS;
            SimulatedRegion.Person person = known ? pick() : region.stranger(-1 - i);
            SimulatedRegion.Noisy subject = region.asReported(person, known ? companion(person) : null);
            List<Candidate<Integer>> candidates = new ArrayList<>();
            for (int id : candidates(subject.record())) {
                candidates.add(new Candidate<>(id, registry.get(id)));
            }
            MatchResult<Integer> result = matcher.match(subject.record(), candidates);
            MatchOutcome outcome = result.decision().outcome();
            boolean right = known && Integer.valueOf(person.id()).equals(result.personId());
            outcomes.merge(
                    (known ? "known " : "new ")
                            + outcome
                            + (outcome == MatchOutcome.NEW_PERSON || right ? "" : " wrong"),
                    1,
                    Integer::sum);
            if (outcome == MatchOutcome.AUTO_LINK && !right) {
                wrongLinks++;
            }
        }
        int knownLinked = outcomes.getOrDefault("known AUTO_LINK", 0);
        int knownLost = outcomes.getOrDefault("known NEW_PERSON", 0);
        // At most one in 7,500 subjects: the simulation's names are far more concentrated than Russia's.
        assertThat(wrongLinks).as("wrong automatic links; %s", outcomes).isLessThanOrEqualTo(1);
        assertThat(knownLinked)
                .as("known subjects linked automatically; %s", outcomes)
                .isGreaterThan(KNOWN_SUBJECTS * 85 / 100);
        assertThat(knownLost)
                .as("known subjects taken for new people; %s", outcomes)
                .isLessThan(KNOWN_SUBJECTS * 3 / 100);
    }

    private SimulatedRegion.Person pick() {
        List<SimulatedRegion.Person> people = region.people();
        return people.get(random.nextInt(people.size()));
    }

    private SimulatedRegion.Person companion(SimulatedRegion.Person person) {
        List<SimulatedRegion.Person> family = region.family(person);
        SimulatedRegion.Person other = family.get(random.nextInt(family.size()));
        return other.id() == person.id() ? null : other;
    }
}
