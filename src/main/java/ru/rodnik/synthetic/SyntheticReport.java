package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;

/**
 * One person as an agency wrote them down in a report: a copy of the truth with the agency's gaps and mistakes.
 *
 * <p>Identifiers an agency of this kind does not usually hold (a hotline rarely knows a SNILS) are simply null and
 * not listed as noise. {@code noiseApplied} lists the distortions in the order they were made, as {@link NoiseKind}
 * names, with the field after a colon where the kind picks one ({@code TYPO_DROPPED_LETTER:lastName}).
 *
 * @param agency the kind of reporting organisation, as in the demo tokens: {@code school}, {@code clinic},
 *     {@code police}, {@code hotline} …
 * @param role the person's role in the family as the agency names it
 * @param snils as the agency spells it ({@code 112-233-445 95} or {@code 11223344595}); may fail the checksum
 */
public record SyntheticReport(
        UUID reportId,
        String agency,
        LocalDate reportedOn,
        String role,
        @Nullable String lastName,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String snils,
        @Nullable String birthCertificate,
        @Nullable String phone,
        @Nullable String territoryCode,
        @Nullable String addressText,
        UUID truthPersonId,
        UUID truthFamilyId,
        List<String> noiseApplied) {

    public SyntheticReport {
        noiseApplied = List.copyOf(noiseApplied);
    }
}
