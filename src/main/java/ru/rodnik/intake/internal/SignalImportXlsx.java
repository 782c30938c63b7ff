package ru.rodnik.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * The first sheet of an XLSX workbook, row by row as a stream. Cells become the text a person sees: a date cell is an
 * ISO date, a number is written out in full (a SNILS or phone typed as a number is {@code 11223344595}, never
 * {@code 1.12233E10}), a formula gives its last computed value.
 */
final class SignalImportXlsx {

    /** Built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones). */
    private static final Pattern BUILT_IN_DATE = Pattern.compile("1[4-7]|22|2[7-9]|3[0-6]|5[0-8]");

    /** Parts of a format code that never mean a date: quoted text, [colours]/[$-419], escaped characters. */
    private static final Pattern NOT_DATE_TOKENS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

    /**
     * How large a workbook may grow when unpacked, as a multiple of the upload limit. Spreadsheet XML packs about ten
     * to one; a "ZIP bomb" packs a thousand to one and is refused before any XML is parsed.
     */
    static final int MAX_UNPACKED_RATIO = 50;

    private static final LocalDate DATE_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate DATE_1904 = LocalDate.of(1904, 1, 1);

    private SignalImportXlsx() {}

    static void read(InputStreamSource file, long maxSize, Consumer<SignalImportFile.RawRow> rows) throws IOException {
        checkUnpackedSize(file, maxSize * MAX_UNPACKED_RATIO);
        try (InputStream in = file.getInputStream();
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            boolean date1904 = workbook.isDate1904();
            Iterator<Row> iterator = sheet.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < Math.max(1, row.getCellCount()); i++) {
                    cells.add(text(row.getOptionalCell(i).orElse(null), date1904));
                }
                rows.accept(new SignalImportFile.RawRow(row.getRowNum(), cells));
            }
        }
    }

    static String text(@Nullable Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> String.valueOf(cell.getValue());
            case NUMBER, FORMULA -> number(cell, raw, date1904);
            case BOOLEAN -> Boolean.toString(Boolean.TRUE.equals(cell.asBoolean()));
            case ERROR -> raw == null ? "" : raw;
        };
    }

    private static String number(Cell cell, @Nullable String raw, boolean date1904) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            // A formula whose result is text.
            return raw;
        }
        if (isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
            return date(value, date1904).toString();
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** A date serial number: days since 1899-12-30 (right from 1 March 1900 on), or since 1904-01-01. */
    static LocalDate date(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValue();
        return date1904 ? DATE_1904.plusDays(days) : DATE_1900.plusDays(days);
    }

    static boolean isDate(@Nullable Integer formatId, @Nullable String formatCode) {
        if (formatId != null && BUILT_IN_DATE.matcher(formatId.toString()).matches()) {
            return true;
        }
        if (formatCode == null) {
            return false;
        }
        String bare = NOT_DATE_TOKENS.matcher(formatCode).replaceAll("").toLowerCase(Locale.ROOT);
        return bare.indexOf('d') >= 0 || bare.indexOf('y') >= 0;
    }

    private static void checkUnpackedSize(InputStreamSource file, long limit) throws IOException {
        long unpacked = 0;
        byte[] buffer = new byte[65_536];
        // commons-compress (which the workbook reader uses too), as java.util.zip refuses the data descriptors some
        // writers produce.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(file.getInputStream(), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n != -1; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limit) {
                        throw new IOException("workbook unpacks beyond " + limit + " bytes");
                    }
                }
            }
        }
    }
}
