package ru.rodnik.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The reporter's web form, as submitted: the same fields as the API's body, with subjects as numbered field groups
 * ({@code subjects[0].lastName}) so that a rejected field is shown where it was typed. {@code formId} is drawn when
 * the form is shown and becomes the idempotency key: a double tap on "send" stores one signal.
 */
record SignalForm(
        String formId,
        boolean threat,
        List<String> indicators,
        @Nullable String description,
        List<SubjectRow> subjects,
        @Nullable String territoryCode,
        @Nullable String addressText,
        @Nullable String contactName,
        @Nullable String contactPhone) {

    static final int MAX_SUBJECTS = 12;
    static final int BLANK_SUBJECTS = 3;

    record SubjectRow(
            @Nullable String role,
            @Nullable String lastName,
            @Nullable String firstName,
            @Nullable String patronymic,
            @Nullable String birthDate,
            @Nullable String sex,
            @Nullable String snils) {

        static SubjectRow of(String role) {
            return new SubjectRow(role, null, null, null, null, null, null);
        }

        boolean blank() {
            return isBlank(lastName)
                    && isBlank(firstName)
                    && isBlank(patronymic)
                    && isBlank(birthDate)
                    && isBlank(snils);
        }
    }

    /** An empty form: a child and its mother to fill in first, the rest on demand. */
    static SignalForm blank(@Nullable String contactName) {
        return new SignalForm(
                UUID.randomUUID().toString(),
                false,
                List.of(),
                null,
                List.of(SubjectRow.of("CHILD"), SubjectRow.of("MOTHER"), SubjectRow.of("")),
                null,
                null,
                contactName,
                null);
    }

    static SignalForm from(MultiValueMap<String, String> params) {
        List<SubjectRow> subjects = new ArrayList<>();
        for (int i = 0; i < MAX_SUBJECTS; i++) {
            String prefix = "subjects[" + i + "].";
            if (!params.containsKey(prefix + "role") && !params.containsKey(prefix + "lastName")) {
                continue;
            }
            subjects.add(new SubjectRow(
                    params.getFirst(prefix + "role"),
                    params.getFirst(prefix + "lastName"),
                    params.getFirst(prefix + "firstName"),
                    params.getFirst(prefix + "patronymic"),
                    params.getFirst(prefix + "birthDate"),
                    params.getFirst(prefix + "sex"),
                    params.getFirst(prefix + "snils")));
        }
        String formId = params.getFirst("formId");
        List<String> indicators = params.get("indicators");
        return new SignalForm(
                formId == null || formId.isBlank() ? UUID.randomUUID().toString() : formId,
                "on".equals(params.getFirst("threat")) || "true".equals(params.getFirst("threat")),
                indicators == null ? List.of() : List.copyOf(indicators),
                params.getFirst("description"),
                subjects,
                params.getFirst("territoryCode"),
                params.getFirst("addressText"),
                params.getFirst("contactName"),
                params.getFirst("contactPhone"));
    }

    /**
     * The report the API would have received. Rows left empty are dropped; the positions of the others are kept in
     * {@link #positions()} so that an error about {@code subjects[1]} of the report lands on the right row.
     */
    SignalReport report() {
        List<SignalReport.ReportedSubject> reported = new ArrayList<>();
        for (SubjectRow row : subjects) {
            if (!row.blank()) {
                reported.add(new SignalReport.ReportedSubject(
                        blankToNull(row.role()),
                        blankToNull(row.lastName()),
                        blankToNull(row.firstName()),
                        blankToNull(row.patronymic()),
                        blankToNull(row.birthDate()),
                        blankToNull(row.sex()),
                        blankToNull(row.snils()),
                        null));
            }
        }
        return new SignalReport(
                null,
                threat ? "IMMEDIATE" : "STANDARD",
                List.copyOf(indicators),
                blankToNull(description),
                reported,
                new SignalReport.ReportedAddress(blankToNull(addressText), blankToNull(territoryCode)),
                new SignalReport.ReportedContact(blankToNull(contactName), blankToNull(contactPhone)));
    }

    /** For each subject of {@link #report()}, the row of the form it came from. */
    List<Integer> positions() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (!subjects.get(i).blank()) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return isBlank(value) ? null : value;
    }
}
