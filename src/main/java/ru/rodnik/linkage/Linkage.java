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
}
