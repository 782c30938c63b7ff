package ru.rodnik.linkage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Links the subjects of one report (a signal, a row of an import) to the persons of the region's registry. */
public interface Linkage {

    /**
     * Decides, for each subject in order, whether it is a known person (linked), a new one (registered) or unclear
     * (queued for review), and records every decision with its evidence. The subjects of one report are linked
     * together because they vouch for each other: a child seen with its mother is more surely that child.
     *
     * @param source what the report is (e.g. {@code SIGNAL}); with {@code sourceRef} it identifies the report, so
     *     that linking the same report twice returns the first decisions instead of deciding again
     * @throws ru.rodnik.platform.InvalidInputException naming {@code subjects[i].field} when any subject's details are
     *     invalid (an impossible birth date, a SNILS failing its checksum, an empty name); nothing is stored then
     */
    List<SubjectLink> link(String regionCode, List<Subject> subjects, String source, @Nullable String sourceRef);

    /**
     * Links many reports of one source in one transaction, for an import or any other feed of reports in bulk. Each
     * report is decided exactly as {@link #link} decides it, in order, so that a report finds the persons that earlier
     * reports of the same call registered; what the reports change is written together at the end, a statement per
     * kind of row rather than per subject, with one commit. A report linked before under the same source and
     * reference returns its first decisions.
     *
     * <p>The audit records the links and registrations as {@link #link} does, but as a batch: an automatic link's
     * record carries no score (its decision does), new persons are recorded as a bulk registration.
     *
     * @return the links of each report, in the order of {@code reports}
     * @throws ru.rodnik.platform.InvalidInputException naming {@code reports[i].subjects[j].field} when any subject's
     *     details are invalid; nothing is stored then, so a caller that must not lose the valid reports of a batch
     *     checks each one first ({@link ru.rodnik.registry.Registry#check})
     */
    List<List<SubjectLink>> linkAll(String regionCode, List<ReportSubjects> reports, String source);
}
