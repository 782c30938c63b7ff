package ru.rodnik.synthetic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.synthetic.CrisisKind;
import ru.rodnik.synthetic.SimulatedIndicator;

/**
 * The indicators each kind of agency can report, for the crisis simulator: the intake's catalogue (version 1, read as
 * data: weight, immediacy, labels) joined with {@code synthetic/agency-indicators.tsv} (who notices what, about which
 * ages, in which crises, how often in the background). Immutable once loaded.
 */
final class IndicatorTable {

    static final String CATALOGUE = "intake/indicators-v1.tsv";
    static final String AGENCY_INDICATORS = "synthetic/agency-indicators.tsv";

    /** What must hold for an indicator to be reportable about a family on a day. */
    enum Requirement {
        NONE,
        /** A guardian raises the children. */
        GUARDIAN,
        /** Three or more children live at home. */
        THREE_CHILDREN,
        /** One parent at home. */
        SINGLE_PARENT,
        /** October to April. */
        WINTER
    }

    /**
     * One agency's way of reporting one indicator.
     *
     * @param minAge the youngest child it can be about, in full years; -1 when it is about the family
     * @param themes crisis kinds in which it is typical
     * @param background relative chance in a background signal; 0 = never
     */
    record Row(
            SimulatedIndicator indicator,
            OrganisationKind agency,
            int minAge,
            int maxAge,
            Requirement requires,
            Set<CrisisKind> themes,
            double background) {

        boolean aboutChild() {
            return minAge >= 0;
        }

        boolean fitsAge(int age) {
            return age >= minAge && age <= maxAge;
        }
    }

    private static final class Holder {
        private static final IndicatorTable STANDARD = new IndicatorTable();
    }

    private final Map<String, SimulatedIndicator> catalogue = new LinkedHashMap<>();
    private final Map<OrganisationKind, List<Row>> rows = new EnumMap<>(OrganisationKind.class);

    private IndicatorTable() {
        for (String[] cells : TsvTable.rows(CATALOGUE, 6)) {
            catalogue.put(
                    cells[0],
                    new SimulatedIndicator(
                            cells[0],
                            cells[1],
                            Integer.parseInt(cells[2]),
                            Boolean.parseBoolean(cells[3]),
                            cells[4],
                            cells[5]));
        }
        for (String[] cells : TsvTable.rows(AGENCY_INDICATORS, 7)) {
            SimulatedIndicator indicator = catalogue.get(cells[0]);
            if (indicator == null) {
                throw new IllegalStateException(AGENCY_INDICATORS + ": " + cells[0] + " is not in " + CATALOGUE);
            }
            boolean family = "-".equals(cells[2]);
            Row row = new Row(
                    indicator,
                    OrganisationKind.valueOf(cells[1]),
                    family ? -1 : Integer.parseInt(cells[2]),
                    family ? -1 : Integer.parseInt(cells[3]),
                    Requirement.valueOf(
                            cells[4].equals("-")
                                    ? "NONE"
                                    : cells[4].toUpperCase(Locale.ROOT).replace('-', '_')),
                    themes(cells[5]),
                    Double.parseDouble(cells[6]));
            rows.computeIfAbsent(row.agency(), agency -> new ArrayList<>()).add(row);
        }
        rows.replaceAll((agency, list) -> List.copyOf(list));
    }

    static IndicatorTable standard() {
        return Holder.STANDARD;
    }

    /** The rows of one kind of agency, in file order; empty for an agency that reports nothing. */
    List<Row> rows(OrganisationKind agency) {
        return rows.getOrDefault(agency, List.of());
    }

    /** Every row, agency by agency. */
    List<Row> all() {
        List<Row> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    Map<String, SimulatedIndicator> catalogue() {
        return Collections.unmodifiableMap(catalogue);
    }

    private static Set<CrisisKind> themes(String cell) {
        if ("-".equals(cell)) {
            return Set.of();
        }
        Set<CrisisKind> kinds = EnumSet.noneOf(CrisisKind.class);
        Arrays.stream(cell.split(",")).map(CrisisKind::valueOf).forEach(kinds::add);
        return Collections.unmodifiableSet(kinds);
    }
}
