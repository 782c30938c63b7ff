package ru.rodnik.synthetic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rodnik.registry.Sex;

/**
 * Patronymics from the father's first name, by the rules of {@code synthetic/patronymics.tsv}: whole-name exceptions
 * (Илья → Ильич, Лев → Львович) first, then the longest matching ending (-ий → -ьевич, -ей → -еевич, -а → -ич).
 */
final class Patronymics {

    private record Ending(String ending, String masculine, String feminine) {}

    private final Map<String, String[]> exceptions = new HashMap<>();
    private final List<Ending> endings = new ArrayList<>();

    Patronymics(List<String[]> rules) {
        for (String[] rule : rules) {
            switch (rule[0]) {
                case "name" -> exceptions.put(rule[1], new String[] {rule[2], rule[3]});
                case "ending" -> endings.add(new Ending(rule[1], rule[2], rule[3]));
                default -> throw new IllegalStateException("Unknown patronymic rule kind " + rule[0]);
            }
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.ending().length()).reversed());
        if (endings.isEmpty() || !endings.get(endings.size() - 1).ending().isEmpty()) {
            throw new IllegalStateException("The patronymic rules need a default (empty) ending");
        }
    }

    static Patronymics standard() {
        return new Patronymics(TsvTable.rows("synthetic/patronymics.tsv", 4));
    }

    String of(String fatherName, Sex sex) {
        String[] exception = exceptions.get(fatherName);
        if (exception != null) {
            return sex == Sex.M ? exception[0] : exception[1];
        }
        for (Ending rule : endings) {
            if (fatherName.endsWith(rule.ending())) {
                String stem = fatherName.substring(
                        0, fatherName.length() - rule.ending().length());
                return stem + (sex == Sex.M ? rule.masculine() : rule.feminine());
            }
        }
        throw new IllegalStateException("unreachable: the empty ending matches every name");
    }
}
