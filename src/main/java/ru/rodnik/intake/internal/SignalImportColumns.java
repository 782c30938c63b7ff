package ru.rodnik.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an import file: one signal per row, the same fields as the JSON body of {@code POST
 * /api/v1/signals}, with each reported person as a group of columns {@code subject<N>_<field>}. Column codes are
 * stable (clients build files from them) and matched without regard to case.
 */
final class SignalImportColumns {

    static final String EXTERNAL_ID = "externalId";
    static final String URGENCY = "urgency";
    static final String INDICATORS = "indicators";
    static final String DESCRIPTION = "description";
    static final String TERRITORY_CODE = "territoryCode";
    static final String ADDRESS_TEXT = "addressText";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_PHONE = "contactPhone";

    /** The signal's own columns, in template order. */
    static final List<String> SIGNAL = List.of(
            EXTERNAL_ID, URGENCY, INDICATORS, DESCRIPTION, TERRITORY_CODE, ADDRESS_TEXT, CONTACT_NAME, CONTACT_PHONE);

    static final String ROLE = "role";
    static final String BIRTH_DATE = "birthDate";
    static final String SEX = "sex";
    static final String SNILS = "snils";

    /** The fields of one reported person, in template order. */
    static final List<String> SUBJECT_FIELDS =
            List.of(ROLE, "lastName", "firstName", "patronymic", BIRTH_DATE, SEX, SNILS, "birthCertificate");

    /** How many person groups the template offers; a file may carry up to {@link SignalChecks#MAX_SUBJECTS}. */
    static final int TEMPLATE_SUBJECTS = 4;

    /** Without these a file cannot describe a single valid signal: it is refused as a whole. */
    static final List<String> REQUIRED = List.of(INDICATORS, TERRITORY_CODE, subject(1, ROLE));

    private static final Pattern SUBJECT_COLUMN =
            Pattern.compile("subject(\\d{1,2})_([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_FIELD = Pattern.compile("subjects\\[(\\d+)]\\.(\\w+)");
    private static final Pattern SUBJECT_ITEM = Pattern.compile("subjects\\[(\\d+)]");

    private SignalImportColumns() {}

    static String subject(int number, String field) {
        return "subject" + number + "_" + field;
    }

    /** Every column of the template, in order. */
    static List<String> template() {
        List<String> columns = new ArrayList<>(SIGNAL);
        for (int n = 1; n <= TEMPLATE_SUBJECTS; n++) {
            for (String field : SUBJECT_FIELDS) {
                columns.add(subject(n, field));
            }
        }
        return columns;
    }

    /** The column code a header cell names, spelled as documented; empty for a name that is no column. */
    static Optional<String> code(String header) {
        String name = header.strip();
        for (String column : SIGNAL) {
            if (column.equalsIgnoreCase(name)) {
                return Optional.of(column);
            }
        }
        Matcher subject = SUBJECT_COLUMN.matcher(name);
        if (subject.matches()) {
            int number = Integer.parseInt(subject.group(1));
            for (String field : SUBJECT_FIELDS) {
                if (field.equalsIgnoreCase(subject.group(2)) && number >= 1 && number <= SignalChecks.MAX_SUBJECTS) {
                    return Optional.of(subject(number, field));
                }
            }
        }
        return Optional.empty();
    }

    /** The person group of a subject column (1-based), or 0 for a column of the signal itself. */
    static int group(String code) {
        Matcher subject = SUBJECT_COLUMN.matcher(code);
        return subject.matches() ? Integer.parseInt(subject.group(1)) : 0;
    }

    static boolean isSubjectField(String code, String field) {
        Matcher subject = SUBJECT_COLUMN.matcher(code);
        return subject.matches() && subject.group(2).equals(field);
    }

    /**
     * The column that holds a field of the JSON body, so that a rejection names what the reporter sees in the file.
     * {@code groups} tells which person group became each subject (empty groups are skipped). No column for a reason
     * about the row as a whole (e.g. no child named).
     */
    static @Nullable String of(String field, List<Integer> groups) {
        Matcher subjectField = SUBJECT_FIELD.matcher(field);
        if (subjectField.matches()) {
            return subjectColumn(Integer.parseInt(subjectField.group(1)), subjectField.group(2), groups);
        }
        Matcher subjectItem = SUBJECT_ITEM.matcher(field);
        if (subjectItem.matches()) {
            return subjectColumn(Integer.parseInt(subjectItem.group(1)), ROLE, groups);
        }
        if (field.startsWith(INDICATORS)) {
            return INDICATORS;
        }
        return switch (field) {
            case EXTERNAL_ID, URGENCY, DESCRIPTION -> field;
            case "address.territoryCode" -> TERRITORY_CODE;
            case "address.text" -> ADDRESS_TEXT;
            case "contact.name" -> CONTACT_NAME;
            case "contact.phone" -> CONTACT_PHONE;
            default -> null;
        };
    }

    private static @Nullable String subjectColumn(int index, String field, List<Integer> groups) {
        return index < groups.size() && SUBJECT_FIELDS.contains(field) ? subject(groups.get(index), field) : null;
    }
}
