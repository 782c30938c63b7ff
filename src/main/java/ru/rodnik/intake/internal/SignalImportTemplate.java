package ru.rodnik.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Territory;
import ru.rodnik.intake.Urgency;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.Sex;

/**
 * The import template: the header of column codes and a comment row that explains each column, in the reader's
 * language. The XLSX has, besides, a sheet of explanations and the reference lists the cells draw on (indicators,
 * and the territories of the reader's region); its cells are formatted as text, dates as dates, so that Excel keeps a
 * SNILS's leading zeros. The CSV is UTF-8 with a byte order mark and semicolons, as Excel with Russian settings opens
 * and saves it.
 */
@Component
class SignalImportTemplate {

    /** Rows of the data sheet formatted for input. */
    private static final int FORMATTED_ROWS = 1000;

    private final MessageSource messages;
    private final IndicatorCatalogue catalogue;
    private final Directory directory;

    SignalImportTemplate(MessageSource messages, IndicatorCatalogue catalogue, Directory directory) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    byte[] csv(Locale locale) {
        List<String> columns = SignalImportColumns.template();
        List<String> comments = comments(columns, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.Builder.create(CSVFormat.EXCEL)
                                .setDelimiter(';')
                                .get())) {
            writer.write('\uFEFF');
            csv.printRecord(columns);
            csv.printRecord(comments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(Locale locale, String regionCode) {
        List<String> columns = SignalImportColumns.template();
        List<String> comments = comments(columns, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Rodnik", "1.0");
            Worksheet signals = workbook.newWorksheet(text("intake.import.template.sheet.signals", locale));
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                signals.value(0, c, column);
                signals.value(1, c, comments.get(c));
                signals.width(c, 18);
                boolean date = SignalImportColumns.isSubjectField(column, SignalImportColumns.BIRTH_DATE);
                signals.range(2, c, FORMATTED_ROWS, c)
                        .style()
                        .format(date ? "dd.mm.yyyy" : "@")
                        .set();
                String choices = choices(column);
                if (choices != null) {
                    signals.range(2, c, FORMATTED_ROWS, c).validateWithListByFormula('"' + choices + '"');
                }
            }
            signals.range(0, 0, 0, columns.size() - 1)
                    .style()
                    .bold()
                    .fillColor("DDE7EA")
                    .set();
            signals.range(1, 0, 1, columns.size() - 1)
                    .style()
                    .italic()
                    .fontColor("5B6770")
                    .wrapText(true)
                    .verticalAlignment("top")
                    .set();
            signals.freezePane(0, 2);

            List<List<String>> explanations = new ArrayList<>();
            for (String column : columns) {
                explanations.add(List.of(column, explanation(column, locale)));
            }
            explanations.add(List.of());
            explanations.add(List.of(text("intake.import.template.rules", locale)));
            table(
                    workbook.newWorksheet(text("intake.import.template.sheet.columns", locale)),
                    List.of(
                            text("intake.import.template.column", locale),
                            text("intake.import.template.meaning", locale)),
                    explanations,
                    24,
                    110);

            boolean english = locale.getLanguage().equals("en");
            String yes = text("intake.import.template.yes", locale);
            table(
                    workbook.newWorksheet(text("intake.import.template.sheet.indicators", locale)),
                    List.of(
                            text("intake.import.template.code", locale),
                            text("intake.import.template.name", locale),
                            text("intake.import.template.immediate", locale)),
                    catalogue.all().stream()
                            .sorted(Comparator.comparing(Indicator::code))
                            .map(i -> List.of(i.code(), english ? i.labelEn() : i.labelRu(), i.immediate() ? yes : ""))
                            .toList(),
                    32,
                    80,
                    12);

            table(
                    workbook.newWorksheet(text("intake.import.template.sheet.territories", locale)),
                    List.of(text("intake.import.template.code", locale), text("intake.import.template.name", locale)),
                    directory.territories().stream()
                            .filter(t -> t.regionCode().equals(regionCode))
                            .sorted(Comparator.comparing(Territory::code))
                            .map(t -> List.of(t.code(), t.name()))
                            .toList(),
                    16,
                    60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A reference sheet: a bold header row, then one row per item. */
    private static void table(Worksheet sheet, List<String> header, List<List<String>> rows, double... widths) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    /** The comment row: each column's explanation, the first one marked with {@code #} so that import skips it. */
    private List<String> comments(List<String> columns, Locale locale) {
        List<String> comments = new ArrayList<>();
        for (String column : columns) {
            comments.add(explanation(column, locale));
        }
        comments.set(0, "# " + comments.get(0));
        return comments;
    }

    private String explanation(String column, Locale locale) {
        int group = SignalImportColumns.group(column);
        if (group == 0) {
            return text("intake.import.column." + column, locale);
        }
        String field = column.substring(column.indexOf('_') + 1);
        return messages.getMessage("intake.import.column.subject." + field, new Object[] {group}, locale);
    }

    /** The codes a cell of the column may hold, offered as a drop-down list; none for free text. */
    private static @Nullable String choices(String column) {
        Enum<?>[] codes = column.equals(SignalImportColumns.URGENCY)
                ? Urgency.values()
                : SignalImportColumns.isSubjectField(column, SignalImportColumns.ROLE)
                        ? FamilyRole.values()
                        : SignalImportColumns.isSubjectField(column, SignalImportColumns.SEX) ? Sex.values() : null;
        return codes == null ? null : Arrays.stream(codes).map(Enum::name).collect(Collectors.joining(","));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
