package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;

class SignalImportFileTest {

    private final SignalImportFile files = new SignalImportFile(DataSize.ofMegabytes(1), 3);

    @Test
    void aSemicolonCsvWithByteOrderMarkQuotesAndCommentsIsReadAsSpreadsheetRows() {
        String csv = "\uFEFFexternalId;indicators;description;territoryCode;subject1_role\r\n"
                + "# explanations;are;skipped;;\r\n"
                + "a-1;SCHOOL_ABSENCE_LONG;\"two; lines\nand \"\"quotes\"\"\";50701000;CHILD\r\n"
                + ";;;;\r\n"
                + "a-2;X;plain;50701000;child\r\n";

        SignalImportFile.Parsed parsed = files.read(utf8(csv));

        assertThat(parsed.format()).isEqualTo(SignalImportFile.Format.CSV);
        assertThat(parsed.rows()).extracting(SignalImportFile.Row::number).containsExactly(3, 5);
        assertThat(parsed.rows().get(0).cells())
                .containsEntry("externalId", "a-1")
                .containsEntry("description", "two; lines\nand \"quotes\"")
                .containsEntry("territoryCode", "50701000");
        assertThat(parsed.rows().get(1).cells()).containsEntry("subject1_role", "child");
    }

    @Test
    void aCommaCsvWithoutByteOrderMarkAndHeadersInAnyCaseIsRead() {
        SignalImportFile.Parsed parsed =
                files.read(utf8("INDICATORS,TerritoryCode,Subject1_Role\nX;Y,50701000,CHILD\n"));

        assertThat(parsed.rows().get(0).cells())
                .isEqualTo(Map.of("indicators", "X;Y", "territoryCode", "50701000", "subject1_role", "CHILD"));
    }

    @Test
    void aCsvThatIsNotUtf8IsReadAsWindows1251() {
        byte[] bytes = "indicators;territoryCode;subject1_role;subject1_lastName\nX;50701000;CHILD;Ёлкина\n"
                .getBytes(SignalImportCsv.WINDOWS_1251);

        SignalImportFile.Parsed parsed = files.read(new ByteArrayResource(bytes));

        assertThat(parsed.rows().get(0).cells()).containsEntry("subject1_lastName", "Ёлкина");
    }

    @Test
    void aValueBeyondTheNamedColumnsStaysWithItsRowAsAProblem() {
        SignalImportFile.Parsed parsed =
                files.read(utf8("indicators;territoryCode;subject1_role\nX;50701000;CHILD;stray\n"));

        assertThat(parsed.rows().get(0).problems())
                .extracting(SignalImportFile.Problem::code, SignalImportFile.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E4501", null));
    }

    @Test
    void fileLevelProblemsRefuseTheWholeFileOnTheFieldFile() {
        assertRefused(utf8("indicators;territoryCode;subject1_role;comment\nX;1;CHILD;c\n"), "E4512");
        assertRefused(utf8("indicators;territoryCode;subject1_role;INDICATORS\nX;1;CHILD;Y\n"), "E4513");
        assertRefused(utf8("indicators;subject1_role\nX;CHILD\n"), "E4511");
        assertRefused(utf8("indicators;territoryCode;subject1_role\n"), "E4515");
        assertRefused(utf8("indicators;territoryCode;subject1_role\n1;2;3\n1;2;3\n1;2;3\n1;2;3\n"), "E4514");
        assertRefused(utf8("indicators;territoryCode;subject1_role\n\"open quote;2;3\n"), "E4510");
        assertRefused(new ByteArrayResource(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}), "E4510");
    }

    @Test
    void whatIsNoTableIsUnsupported() {
        assertThatThrownBy(() -> files.read(new ByteArrayResource("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(SignalImportFile.Unsupported.class);
        assertThatThrownBy(() -> files.read(new ByteArrayResource(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})))
                .isInstanceOf(SignalImportFile.Unsupported.class);
        assertThatThrownBy(() -> files.read(
                        new ByteArrayResource(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})))
                .isInstanceOf(SignalImportFile.Unsupported.class)
                .extracting(e -> ((SignalImportFile.Unsupported) e).messageKey())
                .isEqualTo("intake.import.file.xls");
    }

    @Test
    void xlsxCellsAreReadAsAPersonSeesThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Сигналы");
        List<String> header = List.of(
                "indicators", "territoryCode", "subject1_role", "subject1_birthDate", "subject1_snils", "contactPhone");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, "X");
        sheet.value(1, 1, 50701000);
        sheet.value(1, 2, "CHILD");
        sheet.value(1, 3, LocalDate.of(2016, 3, 2));
        sheet.style(1, 3).format("dd.mm.yyyy").set();
        sheet.value(1, 4, 11223344595L);
        sheet.value(1, 5, 79001234567.0);
        workbook.finish();

        SignalImportFile.Parsed parsed = files.read(new ByteArrayResource(out.toByteArray()));

        assertThat(parsed.format()).isEqualTo(SignalImportFile.Format.XLSX);
        assertThat(parsed.rows().get(0).number()).isEqualTo(2);
        assertThat(parsed.rows().get(0).cells())
                .containsEntry("territoryCode", "50701000")
                .containsEntry("subject1_birthDate", "2016-03-02")
                .containsEntry("subject1_snils", "11223344595")
                .containsEntry("contactPhone", "79001234567");
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertThat(SignalImportXlsx.isDate(14, null)).isTrue();
        assertThat(SignalImportXlsx.isDate(164, "DD.MM.YYYY")).isTrue();
        assertThat(SignalImportXlsx.isDate(165, "[$-419]d mmmm yyyy")).isTrue();
        assertThat(SignalImportXlsx.isDate(0, "General")).isFalse();
        assertThat(SignalImportXlsx.isDate(1, "0")).isFalse();
        assertThat(SignalImportXlsx.isDate(166, "0\" day\"")).isFalse();
        assertThat(SignalImportXlsx.isDate(49, "@")).isFalse();
    }

    private static void assertRefused(ByteArrayResource file, String code) {
        assertThatThrownBy(() -> new SignalImportFile(DataSize.ofMegabytes(1), 3).read(file))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .satisfies(violations -> assertThat(violations)
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", code)));
    }

    private static ByteArrayResource utf8(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
