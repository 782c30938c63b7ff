package ru.rodnik.benchmark.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.synthetic.CrisisKind;
import ru.rodnik.synthetic.FamilyTruth;
import ru.rodnik.synthetic.SignalTimeline;
import ru.rodnik.synthetic.SimulatedSignal;

/** Counts that describe a simulated region, so that a reader can judge whether it looks like a real one. */
public final class RegionProfile {

    int families;
    int hardship;
    int passingTroubles;
    final Map<CrisisKind, Integer> crises = new EnumMap<>(CrisisKind.class);
    long signals;
    long signalsFromTrouble;
    long urgentSignals;
    final Map<OrganisationKind, Long> byAgency = new EnumMap<>(OrganisationKind.class);
    int untroubled;
    int untroubledWithSignal;
    int untroubledWithTwoAgencies;
    int crisesWithoutSignal;
    int crisesWithTwoAgencies;
    final List<Integer> crisisSignals = new ArrayList<>();

    void add(SignalTimeline timeline) {
        families++;
        FamilyTruth truth = timeline.truth();
        FamilyTruth.Trouble trouble = truth.trouble();
        if (truth.hardship()) {
            hardship++;
        }
        long agencies = timeline.signals().stream()
                .map(SimulatedSignal::agency)
                .distinct()
                .count();
        for (SimulatedSignal signal : timeline.signals()) {
            signals++;
            if (signal.fromTrouble()) {
                signalsFromTrouble++;
            }
            if (signal.urgent()) {
                urgentSignals++;
            }
            byAgency.merge(signal.agency(), 1L, Long::sum);
        }
        if (trouble == null) {
            untroubled++;
            untroubledWithSignal += agencies > 0 ? 1 : 0;
            untroubledWithTwoAgencies += agencies > 1 ? 1 : 0;
        } else if (trouble.acute()) {
            crises.merge(trouble.kind(), 1, Integer::sum);
            crisesWithoutSignal += agencies == 0 ? 1 : 0;
            crisesWithTwoAgencies += agencies > 1 ? 1 : 0;
            crisisSignals.add(timeline.signals().size());
        } else {
            passingTroubles++;
        }
    }

    public int families() {
        return families;
    }

    public int crises() {
        return crises.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<CrisisKind, Integer> crisesByKind() {
        return Collections.unmodifiableMap(crises);
    }

    public int passingTroubles() {
        return passingTroubles;
    }

    public int hardship() {
        return hardship;
    }

    public long signals() {
        return signals;
    }

    public double shareFromTrouble() {
        return share(signalsFromTrouble, signals);
    }

    public double shareUrgent() {
        return share(urgentSignals, signals);
    }

    public Map<OrganisationKind, Long> signalsByAgency() {
        return Collections.unmodifiableMap(byAgency);
    }

    /** Families without any trouble that still have a signal: the background. */
    public double untroubledWithSignal() {
        return share(untroubledWithSignal, untroubled);
    }

    public double untroubledWithTwoAgencies() {
        return share(untroubledWithTwoAgencies, untroubled);
    }

    /** Crises no agency reported before the acute date: no score can catch them. */
    public double crisesWithoutSignal() {
        return share(crisesWithoutSignal, crises());
    }

    public double crisesWithTwoAgencies() {
        return share(crisesWithTwoAgencies, crises());
    }

    public int medianCrisisSignals() {
        if (crisisSignals.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(crisisSignals);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
