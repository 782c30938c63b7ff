package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.rodnik.synthetic.NoiseRates;
import ru.rodnik.synthetic.ReportsPerPerson;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticFamily.Member;
import ru.rodnik.synthetic.SyntheticFamily.Role;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * Writes the reports agencies send about the members of a family: which agency (by the person's age and role), what
 * it knows (its usual identifiers) and how it gets the rest wrong (the noise). Draws from a random stream of its own
 * per family, so that the families stay the same when the noise settings change.
 */
public final class ReportComposer {

    /** Reports are dated within this many days before the region's day. */
    private static final int REPORTING_WINDOW_DAYS = 730;

    private final long seed;
    private final LocalDate asOf;
    private final WeightedChoice<Integer> childReports;
    private final WeightedChoice<Integer> adultReports;
    private final ReportNoise noise;

    public ReportComposer(long seed, LocalDate asOf, ReportsPerPerson counts, NoiseRates rates) {
        this.seed = seed;
        this.asOf = asOf;
        this.childReports = WeightedChoice.ofCounts(counts.child());
        this.adultReports = WeightedChoice.ofCounts(counts.adult());
        this.noise = new ReportNoise(rates, Catalogue.standard());
    }

    public List<SyntheticReport> reportsAbout(SyntheticFamily family, int index) {
        SplittableRandom random = Seeds.random(seed, index, Seeds.REPORTS);
        List<SyntheticReport> reports = new ArrayList<>();
        for (Member member : family.members()) {
            int count = (member.role() == Role.CHILD ? childReports : adultReports).pick(random);
            for (int i = 0; i < count; i++) {
                reports.add(report(family, member, random));
            }
        }
        return reports;
    }

    private SyntheticReport report(SyntheticFamily family, Member member, SplittableRandom random) {
        SyntheticPerson person = member.person();
        LocalDate reportedOn = asOf.minusDays(random.nextInt(REPORTING_WINDOW_DAYS));
        if (reportedOn.isBefore(person.birthDate())) {
            reportedOn = person.birthDate();
        }
        Agency agency = Agency.reporting(member.role(), person.ageOn(reportedOn), random);
        ReportDraft draft = new ReportDraft(person, member.role());
        if (random.nextDouble() >= agency.knowsSnils) {
            draft.snils = null;
        }
        String certificate = person.birthCertificate() != null && random.nextDouble() < agency.knowsBirthCertificate
                ? person.birthCertificate()
                : null;
        String phone = person.phone() != null && random.nextDouble() < agency.knowsPhone ? person.phone() : null;
        boolean knowsAddress = random.nextDouble() < agency.knowsAddress;
        boolean knowsTerritory = knowsAddress || random.nextBoolean();
        List<String> applied = noise.apply(draft, agency.carelessness, random);
        return new SyntheticReport(
                Seeds.uuid(random),
                agency.code,
                reportedOn,
                member.role().name(),
                draft.lastName,
                draft.firstName,
                draft.patronymic,
                draft.birthDate,
                person.sex(),
                draft.snils == null ? null : spelled(draft.snils, random),
                certificate,
                phone,
                knowsTerritory ? family.territoryCode() : null,
                knowsAddress ? family.addressText() : null,
                person.truthId(),
                family.familyId(),
                applied);
    }

    /** Agencies write a SNILS either way; neither is a mistake. */
    private static String spelled(String digits, SplittableRandom random) {
        if (random.nextBoolean()) {
            return digits;
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }
}
