package ru.rodnik.intake.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.InputStreamSource;

/**
 * CSV as spreadsheets write it: UTF-8 with or without a byte order mark (or, when the bytes are not UTF-8, Windows-1251,
 * which Excel's plain "CSV" uses on Russian systems); the delimiter of the header line, a semicolon (Excel with Russian
 * settings), a comma or a tab; fields quoted with {@code "}, line breaks inside quotes allowed. The record number is
 * the row number a spreadsheet shows.
 */
final class SignalImportCsv {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private SignalImportCsv() {}

    static void read(InputStreamSource file, Consumer<SignalImportFile.RawRow> rows) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        char delimiter = delimiter(file, charset);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (Reader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), charset));
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (cells.isEmpty()) {
                    cells.add("");
                }
                cells.set(0, stripBom(cells.get(0)));
                rows.accept(new SignalImportFile.RawRow(Math.toIntExact(record.getRecordNumber()), cells));
            }
        }
    }

    private static boolean isUtf8(InputStreamSource file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(file.getInputStream(), strict)) {
            CharBuffer buffer = CharBuffer.allocate(8192);
            while (reader.read(buffer) != -1) {
                buffer.clear();
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The most frequent of {@code ; , tab} outside quotes in the header line (the first line that is not blank and
     * not a comment); a comma when there is none.
     */
    private static char delimiter(InputStreamSource file, Charset charset) throws IOException {
        int[] counts = new int[3];
        try (Reader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), charset))) {
            boolean quoted = false;
            boolean comment = false;
            boolean lineStart = true;
            for (int c = reader.read(), read = 0; c != -1 && read < 1_048_576; c = reader.read(), read++) {
                if (lineStart && c != '\uFEFF') {
                    comment = c == '#';
                    lineStart = false;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (!comment && counts[0] + counts[1] + counts[2] > 0) {
                        break;
                    }
                    counts = new int[3];
                    lineStart = true;
                } else if (!quoted && !comment) {
                    count(c, counts);
                }
            }
        }
        if (counts[0] >= counts[1] && counts[0] >= counts[2] && counts[0] > 0) {
            return ';';
        }
        return counts[2] > counts[1] ? '\t' : ',';
    }

    private static void count(int c, int[] counts) {
        switch (c) {
            case ';' -> counts[0]++;
            case ',' -> counts[1]++;
            case '\t' -> counts[2]++;
            default -> {}
        }
    }

    private static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }
}
