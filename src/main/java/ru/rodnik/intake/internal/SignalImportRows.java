package ru.rodnik.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of an import file into the signal body that {@code POST /api/v1/signals} takes, so that a row meets
 * exactly the checks a single signal does. Cells are normalised first (codes in upper case, {@code dd.MM.yyyy} dates
 * in ISO form, Cyrillic М/Ж as M/F, a SNILS that lost its leading zeros in a number cell padded again); the key of a
 * row without {@code externalId} is derived from those normalised cells, so that the same row uploaded again (in
 * another file, under another name, as CSV or XLSX) is found instead of stored twice.
 */
final class SignalImportRows {

    static final String KEY_PREFIX = "import:";

    private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern INDICATOR_SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

    private SignalImportRows() {}

    /**
     * The row as a signal body.
     *
     * @param report the body
     * @param derivedKey the idempotency key when the row has no {@code externalId}
     * @param groups the person group (1-based) each subject of the body came from, in order
     */
    record Mapped(SignalReport report, @Nullable String derivedKey, List<Integer> groups) {}

    static Mapped map(SignalImportFile.Row row) {
        Map<String, String> cells = normalised(row.cells());
        TreeSet<Integer> groups = new TreeSet<>();
        cells.keySet().stream()
                .map(SignalImportColumns::group)
                .filter(g -> g > 0)
                .forEach(groups::add);
        List<SignalReport.@Nullable ReportedSubject> subjects = new ArrayList<>();
        for (int group : groups) {
            subjects.add(new SignalReport.ReportedSubject(
                    cell(cells, SignalImportColumns.subject(group, SignalImportColumns.ROLE)),
                    cell(cells, SignalImportColumns.subject(group, "lastName")),
                    cell(cells, SignalImportColumns.subject(group, "firstName")),
                    cell(cells, SignalImportColumns.subject(group, "patronymic")),
                    cell(cells, SignalImportColumns.subject(group, SignalImportColumns.BIRTH_DATE)),
                    cell(cells, SignalImportColumns.subject(group, SignalImportColumns.SEX)),
                    cell(cells, SignalImportColumns.subject(group, SignalImportColumns.SNILS)),
                    cell(cells, SignalImportColumns.subject(group, "birthCertificate"))));
        }
        String indicators = cell(cells, SignalImportColumns.INDICATORS);
        String territory = cell(cells, SignalImportColumns.TERRITORY_CODE);
        String address = cell(cells, SignalImportColumns.ADDRESS_TEXT);
        String contactName = cell(cells, SignalImportColumns.CONTACT_NAME);
        String contactPhone = cell(cells, SignalImportColumns.CONTACT_PHONE);
        String externalId = cell(cells, SignalImportColumns.EXTERNAL_ID);
        SignalReport report = new SignalReport(
                externalId,
                cell(cells, SignalImportColumns.URGENCY),
                indicators == null
                        ? null
                        : Arrays.stream(INDICATOR_SEPARATORS.split(indicators))
                                .filter(code -> !code.isEmpty())
                                .toList(),
                cell(cells, SignalImportColumns.DESCRIPTION),
                subjects,
                territory == null && address == null ? null : new SignalReport.ReportedAddress(address, territory),
                contactName == null && contactPhone == null
                        ? null
                        : new SignalReport.ReportedContact(contactName, contactPhone));
        return new Mapped(report, externalId == null ? derivedKey(cells) : null, List.copyOf(groups));
    }

    private static Map<String, String> normalised(Map<String, String> cells) {
        Map<String, String> normalised = new TreeMap<>();
        cells.forEach((column, value) -> normalised.put(column, normalise(column, value.strip())));
        return normalised;
    }

    private static String normalise(String column, String value) {
        if (column.equals(SignalImportColumns.URGENCY)
                || column.equals(SignalImportColumns.INDICATORS)
                || SignalImportColumns.isSubjectField(column, SignalImportColumns.ROLE)) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (SignalImportColumns.isSubjectField(column, SignalImportColumns.SEX)) {
            return switch (value.toUpperCase(Locale.ROOT)) {
                case "М" -> "M";
                case "Ж" -> "F";
                default -> value.toUpperCase(Locale.ROOT);
            };
        }
        if (SignalImportColumns.isSubjectField(column, SignalImportColumns.BIRTH_DATE)) {
            Matcher russian = RUSSIAN_DATE.matcher(value);
            return russian.matches()
                    ? "%s-%02d-%02d"
                            .formatted(
                                    russian.group(3),
                                    Integer.parseInt(russian.group(2)),
                                    Integer.parseInt(russian.group(1)))
                    : value;
        }
        if (SignalImportColumns.isSubjectField(column, SignalImportColumns.SNILS)
                && DIGITS.matcher(value).matches()) {
            // A SNILS typed into a number cell lost its leading zeros.
            return "0".repeat(11 - value.length()) + value;
        }
        return value;
    }

    private static @Nullable String cell(Map<String, String> cells, String column) {
        return cells.get(column);
    }

    /** {@code import:} and the SHA-256 of the row's normalised cells, column by column in code order. */
    static String derivedKey(Map<String, String> normalised) {
        StringBuilder canonical = new StringBuilder();
        normalised.forEach((column, value) ->
                canonical.append(column).append('\u001F').append(value).append('\u001E'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
