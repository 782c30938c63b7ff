package ru.rodnik.benchmark.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Snils;
import ru.rodnik.synthetic.GeneratedFamily;
import ru.rodnik.synthetic.ReportsPerPerson;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticPerson;
import ru.rodnik.synthetic.SyntheticRegionGenerator;
import ru.rodnik.synthetic.SyntheticReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals as partner agencies would send them, about the families of a generated region: a child and a parent of one
 * family per signal, as the agency wrote them down (typos, transliterations, gaps from the generator's noise), from
 * the agency's own demo token. Every other signal is the first about a family not reported yet, so linkage registers
 * new persons; the others are about a family reported earlier, written by another agency (another noisy version of
 * each person), so linkage has to find them again through the noise. The mix stays the same however long a run lasts.
 */
final class SignalBodies {

    /** Reports each person gets from the generator; a round of signals uses one of them. */
    private static final int VERSIONS = 3;
    /** Families whose first signal may still be in flight: a repeat signal is never about them. */
    private static final int RECENT = 64;

    private static final List<String> INDICATORS = List.of(
            "SCHOOL_ABSENCE_LONG",
            "SCHOOL_ABSENCE_FREQUENT",
            "CHILD_NEGLECT_SIGNS",
            "CHILD_HUNGRY",
            "CHILD_NOT_PICKED_UP",
            "BEHAVIOUR_CHANGE_SHARP",
            "MISSED_CHECKUPS_VACCINATIONS",
            "TREATMENT_NOT_FOLLOWED");

    /** One family as the signals see it: its first child and first adult, each with the versions agencies wrote. */
    private record Family(String territoryCode, String address, Member child, Member adult) {}

    private record Member(String role, SyntheticPerson truth, List<SyntheticReport> reports) {}

    private final List<Family> families;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LocalDate today = LocalDate.now();

    SignalBodies(long seed, int count) {
        SyntheticRegionGenerator generator =
                new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(seed, count)
                        .withAsOf(today)
                        .withReportsPerPerson(ReportsPerPerson.exactly(VERSIONS)));
        this.families = generator.families().map(SignalBodies::family).toList();
    }

    int families() {
        return families.size();
    }

    /** The JSON body of signal {@code index}. */
    String body(int index) {
        Family family = families.get(family(index));
        int version = version(index);
        ObjectNode report = json.createObjectNode();
        report.put("urgency", "STANDARD");
        int first = index % INDICATORS.size();
        int second = (first + 1 + index / INDICATORS.size() % (INDICATORS.size() - 1)) % INDICATORS.size();
        report.putArray("indicators").add(INDICATORS.get(first)).add(INDICATORS.get(second));
        report.put(
                "description",
                "Ребёнок систематически пропускает занятия, выглядит неопрятно, родители на звонки не отвечают.");
        var subjects = report.putArray("subjects");
        subject(subjects.addObject(), family.child(), version);
        subject(subjects.addObject(), family.adult(), version);
        report.putObject("address").put("text", family.address()).put("territoryCode", family.territoryCode());
        report.putObject("contact")
                .put("name", "Дежурный специалист, сигнал " + index)
                .put("phone", "+7 900 000-00-00");
        return report.toString();
    }

    /** {@code Bearer demo-token-<kind>} of the agency that wrote the child's version used by signal {@code index}. */
    String authorization(int index) {
        SyntheticReport written = written(families.get(family(index)).child(), version(index));
        // The generator names agencies by the demo tokens' kinds (ReportsTest holds it to that).
        return "Bearer demo-token-" + (written == null ? "school" : written.agency());
    }

    /**
     * Even signals take the families in turn; odd ones pick one of the families already reported (leaving out the
     * latest few, whose first signal may still be on its way).
     */
    private int family(int index) {
        int reported = index / 2;
        if (index % 2 == 0) {
            return reported % families.size();
        }
        int known = Math.max(1, Math.min(reported, families.size()) - RECENT);
        return (int) Math.floorMod(index * 2_654_435_761L, (long) known);
    }

    /** The first signal about a family uses the first written version; a later one, another. */
    private static int version(int index) {
        return index % 2 == 0 ? 0 : 1 + index / 2 % (VERSIONS - 1);
    }

    private void subject(ObjectNode subject, Member member, int version) {
        SyntheticPerson truth = member.truth();
        SyntheticReport written = written(member, version);
        subject.put("role", member.role());
        // An agency's gap in a required name, or a birth date slipped past today, would be refused with 422: the
        // benchmark measures accepted signals, so the truth fills in there.
        subject.put("lastName", written == null || written.lastName() == null ? truth.lastName() : written.lastName());
        subject.put(
                "firstName", written == null || written.firstName() == null ? truth.firstName() : written.firstName());
        String patronymic = written == null ? truth.patronymic() : written.patronymic();
        if (patronymic != null) {
            subject.put("patronymic", patronymic);
        }
        LocalDate birthDate = written == null ? truth.birthDate() : written.birthDate();
        if (birthDate != null && !birthDate.isAfter(today)) {
            subject.put("birthDate", birthDate.toString());
        }
        var sex = written == null ? truth.sex() : written.sex();
        if (sex != null) {
            subject.put("sex", sex.name());
        }
        String snils = written == null ? truth.snils() : written.snils();
        if (snils != null && Snils.parse(snils).isPresent()) {
            subject.put("snils", snils);
        }
    }

    private static @Nullable SyntheticReport written(Member member, int version) {
        return member.reports().isEmpty()
                ? null
                : member.reports().get(version % member.reports().size());
    }

    private static Family family(GeneratedFamily generated) {
        SyntheticFamily family = generated.family();
        SyntheticFamily.Member child = family.members().stream()
                .filter(m -> m.role() == SyntheticFamily.Role.CHILD)
                .findFirst()
                .orElseThrow();
        SyntheticFamily.Member adult = family.members().stream()
                .filter(m -> m.role() == SyntheticFamily.Role.MOTHER)
                .findFirst()
                .or(() -> family.members().stream()
                        .filter(m -> m.role() != SyntheticFamily.Role.CHILD)
                        .findFirst())
                .orElse(family.members().stream()
                        .filter(m -> m != child)
                        .findFirst()
                        .orElse(child));
        return new Family(
                family.territoryCode(),
                family.addressText(),
                member(child, generated.reports()),
                member(adult, generated.reports()));
    }

    private static Member member(SyntheticFamily.Member member, List<SyntheticReport> reports) {
        UUID id = member.person().truthId();
        List<SyntheticReport> about = new ArrayList<>();
        for (SyntheticReport report : reports) {
            if (report.truthPersonId().equals(id)) {
                about.add(report);
            }
        }
        return new Member(member.role().name(), member.person(), List.copyOf(about));
    }
}
