package ru.rodnik.benchmark;

import ru.rodnik.linkage.Subject;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.synthetic.SyntheticReport;

/**
 * A generated report picked for the run.
 *
 * @param registered whether its person was registered before linking; an outsider's report has no right link
 */
record SampledReport(SyntheticReport report, boolean registered) {

    PersonDetails details() {
        return new PersonDetails(
                report.lastName(),
                report.firstName(),
                report.patronymic(),
                report.birthDate(),
                report.sex(),
                report.snils(),
                report.birthCertificate(),
                report.phone());
    }

    /** The subject as an agency sends it, alone: the linkage quality test links reports the same way. */
    Subject subject() {
        return new Subject(FamilyRole.valueOf(report.role()), details(), report.territoryCode(), report.addressText());
    }
}
