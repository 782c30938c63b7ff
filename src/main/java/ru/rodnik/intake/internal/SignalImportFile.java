package ru.rodnik.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;

/**
 * Reads an uploaded import file into rows of cells named by column code. The kind of file is told by its first bytes,
 * not by its name: a ZIP is an XLSX workbook (its first sheet), text is CSV. A file that is neither is refused as
 * {@link Unsupported} (415); a file that cannot be read, has no usable header or too many rows is refused with
 * {@link InvalidInputException} on the field {@code file} (422). Problems of single cells stay with their row.
 *
 * <p>The header is the first row that is neither blank nor a comment; a comment is a row whose first cell begins
 * with {@code #} (the template explains its columns in one). Blank rows are skipped. Row numbers are those a
 * spreadsheet shows, the header included.
 */
@Component
class SignalImportFile {

    /** A cell longer than this is refused without being looked at; no field of a signal is nearly as long. */
    static final int MAX_CELL = 10_000;

    private static final String FILE = "file";

    enum Format {
        CSV,
        XLSX
    }

    /** The rows of a file that passed the file-level checks. */
    record Parsed(Format format, List<Row> rows) {}

    /** One data row: its non-blank cells by column code, and the problems found in them while reading. */
    record Row(int number, Map<String, String> cells, List<Problem> problems) {}

    /** A problem of one cell (or of the row when {@code column} is null) found before the signal is checked. */
    record Problem(@Nullable String column, String code, String messageKey, List<Object> arguments) {}

    /** The row as the format reader saw it: cells by position, before the header gives them names. */
    record RawRow(int number, List<String> cells) {}

    /** A file that is no CSV or XLSX (an old .xls, a PDF, a picture); the message key says which, for a page. */
    static final class Unsupported extends RuntimeException {

        private final String messageKey;

        Unsupported(String messageKey) {
            super("unsupported import file: " + messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final long maxSize;
    private final int maxRows;

    SignalImportFile(
            @Value("${rodnik.intake.import.max-file-size:20MB}") DataSize maxSize,
            @Value("${rodnik.intake.import.max-rows:10000}") int maxRows) {
        this.maxSize = maxSize.toBytes();
        this.maxRows = maxRows;
    }

    long maxSize() {
        return maxSize;
    }

    int maxRows() {
        return maxRows;
    }

    /** Reads the whole file; nothing is stored. */
    Parsed read(InputStreamSource file) {
        Format format = format(file);
        Header header = new Header();
        try {
            if (format == Format.XLSX) {
                SignalImportXlsx.read(file, maxSize, header);
            } else {
                SignalImportCsv.read(file, header);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Broken quoting, a damaged workbook, XML that is no spreadsheet: the message may quote the file's content,
            // so it is not passed on.
            throw invalid("E4510", "intake.import.file.unreadable");
        }
        if (header.columns == null) {
            throw invalid("E4515", "intake.import.file.empty");
        }
        if (header.rows.isEmpty()) {
            throw invalid("E4515", "intake.import.file.empty");
        }
        return new Parsed(format, List.copyOf(header.rows));
    }

    private static Format format(InputStreamSource file) {
        byte[] start;
        try (InputStream in = file.getInputStream()) {
            start = in.readNBytes(8192);
        } catch (IOException e) {
            throw invalid("E4510", "intake.import.file.unreadable");
        }
        if (start.length == 0) {
            throw invalid("E4515", "intake.import.file.empty");
        }
        if (startsWith(start, 0x50, 0x4B, 0x03, 0x04)) {
            return Format.XLSX;
        }
        if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            // The compound file of Excel 97–2003 (and of password-protected workbooks).
            throw new Unsupported("intake.import.file.xls");
        }
        for (byte b : start) {
            if (b == 0) {
                throw new Unsupported("intake.import.file.unsupported");
            }
        }
        if (startsWith(start, '%', 'P', 'D', 'F')) {
            throw new Unsupported("intake.import.file.unsupported");
        }
        return Format.CSV;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static InvalidInputException invalid(String code, String messageKey, Object... arguments) {
        return new InvalidInputException(FieldViolation.of(FILE, code, messageKey, arguments));
    }

    /** Names the cells of each row after the header, and keeps the data rows. */
    private final class Header implements Consumer<RawRow> {

        private @Nullable Map<Integer, String> columns;
        private final List<Row> rows = new ArrayList<>();

        @Override
        public void accept(RawRow raw) {
            List<String> cells = raw.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (cells.get(0).strip().startsWith("#")) {
                return;
            }
            Map<Integer, String> named = columns;
            if (named == null) {
                columns = columns(cells);
                return;
            }
            if (rows.size() == maxRows) {
                throw invalid("E4514", "intake.import.file.tooManyRows", maxRows);
            }
            rows.add(row(raw, named));
        }

        private static Row row(RawRow raw, Map<Integer, String> columns) {
            Map<String, String> named = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < raw.cells().size(); i++) {
                String value = raw.cells().get(i).strip();
                if (value.isEmpty()) {
                    continue;
                }
                String column = columns.get(i);
                if (column == null) {
                    problems.add(new Problem(null, "E4501", "intake.import.cell.noColumn", List.of(i + 1)));
                } else if (value.length() > MAX_CELL) {
                    problems.add(new Problem(column, "E4502", "intake.import.cell.tooLong", List.of(MAX_CELL)));
                } else {
                    named.put(column, value);
                }
            }
            return new Row(raw.number(), named, problems);
        }

        private static Map<Integer, String> columns(List<String> header) {
            Map<Integer, String> columns = new LinkedHashMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            Set<String> repeated = new LinkedHashSet<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                String code = SignalImportColumns.code(name).orElse(null);
                if (code == null) {
                    unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
                } else if (columns.containsValue(code)) {
                    repeated.add(code);
                } else {
                    columns.put(i, code);
                }
            }
            if (!unknown.isEmpty()) {
                throw invalid("E4512", "intake.import.file.unknownColumns", String.join(", ", unknown));
            }
            if (!repeated.isEmpty()) {
                throw invalid("E4513", "intake.import.file.repeatedColumns", String.join(", ", repeated));
            }
            List<String> missing = SignalImportColumns.REQUIRED.stream()
                    .filter(required -> !columns.containsValue(required))
                    .toList();
            if (!missing.isEmpty()) {
                throw invalid("E4511", "intake.import.file.missingColumns", String.join(", ", missing));
            }
            return columns;
        }
    }
}
