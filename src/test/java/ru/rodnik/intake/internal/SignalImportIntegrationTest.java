package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static ru.rodnik.support.ProblemResponses.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.Snils;
import ru.rodnik.support.DemoAccounts;
import ru.rodnik.support.Eventually;
import ru.rodnik.support.MultipartBody;
import ru.rodnik.support.RodnikIntegrationTest;
import ru.rodnik.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RodnikIntegrationTest
class SignalImportIntegrationTest {

    private static final String SCHOOL = "Bearer demo-token-school";
    private static final String CLINIC = "Bearer demo-token-clinic";
    private static final String NOVOSIBIRSK = "50701000";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT = "/api/v1/signals/import";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalImportRepository batches;

    @Autowired
    SignalImportWorker worker;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** A row's rejection as the test expects it: row, column (null for the row as a whole), code. */
    record Rejection(int row, String column, String code) {}

    @Test
    void aCsvFileStoresTheGoodRowsAndListsExactlyTheBadOnesAndAgainAddsNothing() throws Exception {
        String run = unique();
        String first = surname();
        String third = surname();
        String validSnils = snils();
        String csv = String.join(
                "\n",
                "externalId,urgency,indicators,description,territoryCode,subject1_role,subject1_lastName,"
                        + "subject1_firstName,subject1_birthDate,subject1_snils,subject2_role,subject2_lastName,"
                        + "subject2_firstName",
                run + "-a,STANDARD,SCHOOL_ABSENCE_LONG,\"Не ходит в школу, дверь не открывают\"," + NOVOSIBIRSK
                        + ",CHILD," + first + ",Пётр,02.03.2016," + validSnils + ",MOTHER," + first + "а,Мария",
                run + "-b,,SCHOOL_ABSENCE_LONG,Пропуски," + NOVOSIBIRSK + ",CHILD," + surname() + ",Анна,2015-05-06,"
                        + wrongCheckDigit(snils()) + ",,,",
                ",IMMEDIATE,SCHOOL_ABSENCE_LONG;CHILD_NEGLECT_SIGNS,\"Сказал \"\"уйду\"\", и ушёл " + run + "\","
                        + NOVOSIBIRSK + ",CHILD," + third + ",Иван,2014-01-01,,FATHER," + third + ",Олег",
                "# строка-комментарий пропускается,,,,,,,,,,,,",
                run + "-c,SOON,SCHOOL_ABSENCE_LONG;NOPE,Пропуски," + NOVOSIBIRSK + ",CHILD," + surname()
                        + ",Олег,2013-01-01,,,,",
                "",
                run + "-d,,SCHOOL_ABSENCE_LONG,Пропуски," + NOVOSIBIRSK + ",CHILD," + surname()
                        + ",Яна,31.02.2016,,,,");
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        long before = signalsOf(SCHOOL);

        JsonNode report = imported(upload(SCHOOL, "signals.csv", "text/csv", file));

        assertThat(report.get("fileName").asString()).isEqualTo("signals.csv");
        assertThat(report.get("format").asString()).isEqualTo("CSV");
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertCounts(report, 5, 2, 0, 3);
        assertThat(rejections(report))
                .containsExactlyInAnyOrder(
                        new Rejection(3, "subject1_snils", "E2006"),
                        new Rejection(6, "urgency", "E4003"),
                        new Rejection(6, "indicators", "E4002"),
                        new Rejection(8, "subject1_birthDate", "E4007"));
        assertThat(report.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(signalRows(report, true)).containsExactly(2, 4);
        assertThat(signalsOf(SCHOOL)).isEqualTo(before + 2);
        String rowTwo = signalOfRow(report, 2);
        assertThat(jdbc.sql("select external_id from signal where id = :id")
                        .param("id", UUID.fromString(rowTwo))
                        .query(String.class)
                        .single())
                .isEqualTo(run + "-a");
        assertThat(reported(rowTwo, 0, "birthDate")).isEqualTo("2016-03-02");
        assertThat(reported(rowTwo, 1, "lastName")).isEqualTo(first + "а");
        assertThat(jdbc.sql("select description from signal where id = :id")
                        .param("id", UUID.fromString(signalOfRow(report, 4)))
                        .query(String.class)
                        .single())
                .isEqualTo("Сказал \"уйду\", и ушёл " + run);

        JsonNode again = imported(upload(SCHOOL, "renamed copy.csv", "text/csv", file));

        assertCounts(again, 5, 0, 2, 3);
        assertThat(rejections(again)).isEqualTo(rejections(report));
        assertThat(signalRows(again, false)).containsExactly(2, 4);
        assertThat(signalOfRow(again, 2)).isEqualTo(rowTwo);
        assertThat(signalsOf(SCHOOL)).isEqualTo(before + 2);
    }

    @Test
    void askedToRespondAsyncTheImportAnswersAtOnceAndTheReportFillsUpAtItsAddress() throws Exception {
        String run = unique();
        StringBuilder csv = new StringBuilder(
                "externalId;indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName\n");
        for (int row = 0; row < 20; row++) {
            csv.append(run)
                    .append('-')
                    .append(row)
                    .append(";SCHOOL_ABSENCE_LONG;")
                    .append(NOVOSIBIRSK)
                    .append(";CHILD;")
                    .append(surname())
                    .append(";Пётр\n");
        }
        csv.append(run).append("-bad;SCHOOL_ABSENCE_LONG;").append(NOVOSIBIRSK).append(";CHILD;;Пётр\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long before = signalsOf(SCHOOL);

        HttpResponse<String> accepted =
                upload(SCHOOL, "async.csv", "text/csv", file, "Prefer", "respond-async, wait=0");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Preference-Applied")).contains("respond-async");
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode started = json.readTree(accepted.body());
        assertThat(location).isEqualTo(IMPORT + "/" + started.get("id").asString());
        assertThat(started.get("rows").asInt()).isEqualTo(21);
        JsonNode report = Eventually.value("the import to finish", () -> {
            try {
                JsonNode now = json.readTree(get(location, SCHOOL).body());
                return "DONE".equals(now.get("status").asString()) ? Optional.of(now) : Optional.empty();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertCounts(report, 21, 20, 0, 1);
        assertThat(rejections(report)).containsExactly(new Rejection(22, "subject1_lastName", "E2001"));
        assertThat(signalsOf(SCHOOL)).isEqualTo(before + 20);
        assertThat(get(location, CLINIC).statusCode()).isEqualTo(404);
    }

    @Test
    void anXlsxFileReadsNumberAndDateCellsAsTheyAreSeenAndAgainAddsNothing() throws Exception {
        String run = unique();
        String snils = snils();
        String snilsWithLeadingZero = "0" + snils().substring(1, 9);
        snilsWithLeadingZero = withCheckDigits(snilsWithLeadingZero);
        List<String> header = List.of(
                "externalId",
                "indicators",
                "territoryCode",
                "subject1_role",
                "subject1_lastName",
                "subject1_firstName",
                "subject1_birthDate",
                "subject1_snils",
                "subject2_role",
                "subject2_lastName",
                "subject2_firstName");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Сигналы");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        // Row 2: a SNILS and a territory code typed as numbers, a birth date as a date cell.
        childRow(sheet, 1, run + "-1", surname(), "Пётр");
        sheet.value(1, 7, Long.parseLong(snils));
        sheet.value(1, 8, "MOTHER");
        sheet.value(1, 9, surname());
        sheet.value(1, 10, "Мария");
        // Row 3: a SNILS whose leading zero a number cell drops.
        childRow(sheet, 2, run + "-2", surname(), "Анна");
        sheet.value(2, 7, Long.parseLong(snilsWithLeadingZero));
        // Row 4: no child.
        sheet.value(3, 0, run + "-3");
        sheet.value(3, 1, "SCHOOL_ABSENCE_LONG");
        sheet.value(3, 2, Long.parseLong(NOVOSIBIRSK));
        sheet.value(3, 3, "MOTHER");
        sheet.value(3, 4, surname());
        sheet.value(3, 5, "Ольга");
        // Row 5: a territory of no region of ours.
        childRow(sheet, 4, run + "-4", surname(), "Яна");
        sheet.value(4, 2, 99999999);
        workbook.finish();
        long before = signalsOf(SCHOOL);

        JsonNode report = imported(upload(SCHOOL, "signals.xlsx", XLSX, out.toByteArray()));

        assertThat(report.get("format").asString()).isEqualTo("XLSX");
        assertCounts(report, 4, 2, 0, 2);
        assertThat(rejections(report))
                .containsExactlyInAnyOrder(new Rejection(4, null, "E4004"), new Rejection(5, "territoryCode", "E4009"));
        assertThat(signalsOf(SCHOOL)).isEqualTo(before + 2);
        String rowTwo = signalOfRow(report, 2);
        assertThat(reported(rowTwo, 0, "snils").replaceAll("\\D", "")).isEqualTo(snils);
        assertThat(reported(rowTwo, 0, "birthDate")).isEqualTo("2016-03-02");
        assertThat(reported(signalOfRow(report, 3), 0, "snils").replaceAll("\\D", ""))
                .isEqualTo(snilsWithLeadingZero);

        JsonNode again = imported(upload(SCHOOL, "signals (1).xlsx", XLSX, out.toByteArray()));

        assertCounts(again, 4, 0, 2, 2);
        assertThat(signalsOf(SCHOOL)).isEqualTo(before + 2);
    }

    @Test
    void aSemicolonCsvWithByteOrderMarkAsExcelWritesItIsRead() throws Exception {
        String description = "Две строки;\nс точкой с запятой " + unique();
        String lastName = surname();
        String csv = "\uFEFFindicators;description;territoryCode;subject1_role;subject1_lastName;subject1_firstName;"
                + "subject1_sex;subject1_birthDate\r\n"
                + "CHILD_NEGLECT_SIGNS;\"" + description + "\";" + NOVOSIBIRSK + ";CHILD;" + lastName
                + ";Анна;Ж;05.06.2015\r\n";

        JsonNode report = imported(upload(SCHOOL, "excel.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertCounts(report, 1, 1, 0, 0);
        String signal = signalOfRow(report, 2);
        assertThat(jdbc.sql("select description from signal where id = :id")
                        .param("id", UUID.fromString(signal))
                        .query(String.class)
                        .single())
                .isEqualTo(description);
        assertThat(reported(signal, 0, "sex")).isEqualTo("F");
        assertThat(reported(signal, 0, "lastName")).isEqualTo(lastName);
    }

    @Test
    void aCsvInWindows1251IsRead() throws Exception {
        String lastName = surname();
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;description\r\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + lastName + ";Ёжик;" + unique() + "\r\n";

        JsonNode report = imported(upload(SCHOOL, "ansi.csv", "text/csv", csv.getBytes(SignalImportCsv.WINDOWS_1251)));

        assertCounts(report, 1, 1, 0, 0);
        assertThat(reported(signalOfRow(report, 2), 0, "lastName")).isEqualTo(lastName);
        assertThat(reported(signalOfRow(report, 2), 0, "firstName")).isEqualTo("Ёжик");
    }

    @Test
    void theCsvTemplateFilledInIsImported() throws Exception {
        HttpResponse<byte[]> template = http.send(
                HttpRequest.newBuilder(uri(IMPORT + "/template.csv"))
                        .header("Authorization", SCHOOL)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = new String(template.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(";", SignalImportColumns.template()) + "\r\n");
        // The comment row's first cell begins with # (quoted, as a CSV writer quotes a cell that begins so).
        assertThat(text.lines().skip(1).findFirst())
                .hasValueSatisfying(
                        comment -> assertThat(comment).matches("^\"?# .*").contains("IMMEDIATE"));

        List<String> cells = new ArrayList<>();
        for (String column : SignalImportColumns.template()) {
            cells.add(
                    switch (column) {
                        case "indicators" -> "SCHOOL_ABSENCE_LONG";
                        case "territoryCode" -> NOVOSIBIRSK;
                        case "subject1_role" -> "CHILD";
                        case "subject1_lastName" -> surname();
                        case "subject1_firstName" -> "Ирина";
                        case "description" -> unique();
                        default -> "";
                    });
        }
        byte[] filled = (text + String.join(";", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);

        assertCounts(imported(upload(SCHOOL, "template.csv", "text/csv", filled)), 1, 1, 0, 0);
    }

    @Test
    void theXlsxTemplateHasTheColumnsTheirExplanationsAndTheReferenceLists() throws Exception {
        HttpResponse<byte[]> template = http.send(
                HttpRequest.newBuilder(uri(IMPORT + "/template.xlsx"))
                        .header("Authorization", SCHOOL)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(template.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets)
                    .extracting(Sheet::getName)
                    .containsExactly("Сигналы", "Пояснения", "Признаки", "Территории");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).isEqualTo(SignalImportColumns.template());
            assertThat(rows.get(1).getCellText(0)).startsWith("# ");
            assertThat(sheets.get(2).read().stream().map(r -> r.getCellText(0))).contains("SCHOOL_ABSENCE_LONG");
            assertThat(sheets.get(3).read().stream().map(r -> r.getCellText(0))).contains(NOVOSIBIRSK);
        }
    }

    @Test
    void aFileThatIsNoTableOrCannotBeReadIsAProblemAndStoresNothing() throws Exception {
        long before = signalsOf(SCHOOL);

        HttpResponse<String> pdf =
                upload(SCHOOL, "report.pdf", "application/pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(pdf, 415);
        assertThat(pdf.headers().firstValue("Accept"))
                .hasValueSatisfying(accept -> assertThat(accept).contains("text/csv"));

        HttpResponse<String> broken =
                upload(SCHOOL, "broken.xlsx", XLSX, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        assertProblem(broken, 422);
        assertThat(json.readTree(broken.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("file");
        assertThat(json.readTree(broken.body()).get("errors").get(0).get("code").asString())
                .isEqualTo("E4510");

        HttpResponse<String> unknownColumn = upload(
                SCHOOL,
                "columns.csv",
                "text/csv",
                ("indicators;territoryCode;subject1_role;Комментарий\nSCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK
                                + ";CHILD;x\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(unknownColumn, 422);
        JsonNode unknown = json.readTree(unknownColumn.body()).get("errors").get(0);
        assertThat(unknown.get("code").asString()).isEqualTo("E4512");
        assertThat(unknown.get("message").asString()).contains("Комментарий");

        HttpResponse<String> notMultipart = http.send(
                HttpRequest.newBuilder(uri(IMPORT))
                        .header("Authorization", SCHOOL)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(notMultipart, 415);

        assertProblem(upload(SCHOOL, "empty.csv", "text/csv", new byte[0]), 422);
        assertThat(signalsOf(SCHOOL)).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitAnswers413() throws Exception {
        // 21 MB of a comment row: over the 20 MB limit, however few signals it holds.
        byte[] file = ("indicators;territoryCode;subject1_role\n#" + "x".repeat(21 * 1024 * 1024) + "\n")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(upload(SCHOOL, "huge.csv", "text/csv", file), 413);
    }

    @Test
    void aFileOfSomeMegabytesUnderTheLimitIsTaken() throws Exception {
        // Larger than Tomcat's and Spring's defaults (2 MB, 1 MB), well under the import's own limit.
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;description\n#"
                + "x".repeat(3 * 1024 * 1024) + "\nSCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname()
                + ";Лев;" + unique() + "\n";

        assertCounts(imported(upload(SCHOOL, "big.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))), 1, 1, 0, 0);
    }

    @Test
    void anotherOrganisationCannotSeeTheBatch() throws Exception {
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;subject1_birthDate\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Олег;01.02.2016\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Олег;31.02.2016\n";
        JsonNode report = imported(upload(SCHOOL, "mine.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        String id = report.get("id").asString();

        assertProblem(get(IMPORT + "/" + id, CLINIC), 404);
        assertProblem(get(IMPORT + "/" + UUID.randomUUID(), SCHOOL), 404);
        HttpResponse<String> mine = get(IMPORT + "/" + id, SCHOOL);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertCounts(json.readTree(mine.body()), 2, 1, 0, 1);
    }

    @Test
    void theBatchIsAuditedWithCountsOnly() throws Exception {
        String lastName = surname();
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;description\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + lastName + ";Олег;" + unique() + "\n";
        String id = imported(upload(SCHOOL, "audited.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .get("id")
                .asString();

        List<String> audited = jdbc.sql("""
                        select action || ': ' || coalesce(details, '') from audit_event
                        where subject_type = 'SIGNAL_IMPORT' and subject_id = :id order by id""").param("id", id).query(String.class).list();
        assertThat(audited)
                .containsExactly(
                        "CREATE: format CSV, rows 1",
                        "UPDATE: rows 1, accepted 1, already " + "known 0, rejected 0, status DONE");
        assertThat(String.join(" ", audited)).doesNotContain(lastName).doesNotContain("audited.csv");
    }

    @Test
    void theReportIsInTheReadersLanguage() throws Exception {
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;subject1_birthDate\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Олег;2016-13-01\n";
        String id = imported(upload(SCHOOL, "lang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .get("id")
                .asString();

        HttpResponse<String> english = http.send(
                HttpRequest.newBuilder(uri(IMPORT + "/" + id))
                        .header("Authorization", SCHOOL)
                        .header("Cookie", "rodnik-lang=en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(json.readTree(english.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("Date as DD.MM.YYYY or YYYY-MM-DD.");
    }

    @Test
    void aReporterUploadsOnThePageWatchesProgressAndReadsTheReport() throws Exception {
        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);
        assertThat(reporter.get("/").body()).contains("href=\"/signals/import\"");
        HttpResponse<String> page = reporter.get("/signals/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/signals/import/template.xlsx\"")
                .contains("href=\"/signals/import/template.csv\"")
                .contains("enctype=\"multipart/form-data\"");
        String csv = "indicators;territoryCode;subject1_role;subject1_lastName;subject1_firstName;subject1_snils;"
                + "description\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Олег;;" + unique() + "\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Анна;" + wrongCheckDigit(snils())
                + ";" + unique() + "\n"
                + "SCHOOL_ABSENCE_LONG;" + NOVOSIBIRSK + ";CHILD;" + surname() + ";Яна;;" + unique() + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        long before = signalsOfReporter();

        HttpResponse<String> upload = reporter.postMultipart(
                "/signals/import", new MultipartBody().file("file", "класс 5А.csv", "text/csv", file));

        assertThat(upload.statusCode()).isEqualTo(302);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/signals/import/[0-9a-f-]{36}");
        String batch = location.substring(location.indexOf("/signals/import/"));
        String report = finished(reporter, batch);
        assertThat(report).contains("data-status=\"DONE\"");
        assertThat(text(report, "accepted")).isEqualTo("2");
        assertThat(text(report, "rejected")).isEqualTo("1");
        assertThat(text(report, "accepted-rows")).isEqualTo("2, 4");
        HttpResponse<String> full = reporter.get(batch);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body())
                .contains("класс 5А.csv")
                .contains("data-row=\"3\" data-column=\"subject1_snils\"")
                .contains("(E2006)");
        assertThat(signalsOfReporter()).isEqualTo(before + 2);

        // Sent again by htmx: the batch page comes back at once with its address, and nothing is added.
        reporter.get("/signals/import");
        HttpResponse<String> again = reporter.postMultipart(
                "/signals/import",
                new MultipartBody().file("file", "copy.csv", "text/csv", file),
                "HX-Request",
                "true");
        assertThat(again.statusCode()).isEqualTo(200);
        String pushed = again.headers().firstValue("HX-Push-Url").orElseThrow();
        assertThat(again.body()).contains("id=\"import-report\"");
        String repeated = finished(reporter, pushed);
        assertThat(text(repeated, "already-known")).isEqualTo("2");
        assertThat(text(repeated, "accepted")).isEqualTo("0");
        assertThat(signalsOfReporter()).isEqualTo(before + 2);
        assertThat(reporter.get("/signals/import").body()).contains("copy.csv").contains(pushed);
    }

    @Test
    void thePageExplainsAFileItCannotTake() {
        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);
        reporter.get("/signals/import");

        HttpResponse<String> pdf = reporter.postMultipart(
                "/signals/import",
                new MultipartBody()
                        .file("file", "scan.pdf", "application/pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8)));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).contains("Это не таблица").contains("aria-invalid=\"true\"");

        HttpResponse<String> columns = reporter.postMultipart(
                "/signals/import",
                new MultipartBody()
                        .file(
                                "file",
                                "x.csv",
                                "text/csv",
                                "indicators;territoryCode\nX;1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(columns.body()).contains("Нет обязательных столбцов: subject1_role");

        HttpResponse<byte[]> template = reporter.download("/signals/import/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(XLSX);
    }

    @Test
    void anotherOrganisationsBatchIsNotFoundOnThePageAndTheUploadPageIsTheReportersOnly() {
        UUID other = UUID.randomUUID();
        batches.start(
                other,
                "50",
                UUID.randomUUID(),
                "api:someone",
                "theirs.csv",
                SignalImportFile.Format.CSV,
                1,
                clock.instant());
        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);

        assertThat(reporter.get("/signals/import/" + other).statusCode()).isEqualTo(404);
        assertThat(reporter.get("/signals/import/" + other + "/progress").statusCode())
                .isEqualTo(404);

        WebSession screener = WebSession.on(port);
        screener.login("screener", DemoAccounts.PASSWORD);
        assertThat(screener.get("/signals/import").statusCode()).isEqualTo(403);
    }

    @Test
    void aBatchLeftRunningByAStoppedNodeIsShownInterrupted() {
        UUID organisation = jdbc.sql("select organisation_id from app_user where username = 'reporter'")
                .query(UUID.class)
                .single();
        String region = jdbc.sql("select region_code from organisation where id = :id")
                .param("id", organisation)
                .query(String.class)
                .single();
        UUID mine = UUID.randomUUID();
        UUID someoneElses = UUID.randomUUID();
        java.time.Instant longAgo = clock.instant().minus(SignalImport.SILENCE).minus(Duration.ofMinutes(1));
        batches.start(mine, region, organisation, "reporter", "left.csv", SignalImportFile.Format.CSV, 10, longAgo);
        batches.start(
                someoneElses,
                region,
                UUID.randomUUID(),
                "api:other",
                "other.csv",
                SignalImportFile.Format.XLSX,
                10,
                longAgo);
        UUID fresh = UUID.randomUUID();
        batches.start(
                fresh,
                region,
                UUID.randomUUID(),
                "api:other",
                "now.csv",
                SignalImportFile.Format.CSV,
                10,
                clock.instant());

        WebSession reporter = WebSession.on(port);
        reporter.login("reporter", DemoAccounts.PASSWORD);
        HttpResponse<String> page = reporter.get("/signals/import/" + mine);

        assertThat(page.body()).contains("data-status=\"INTERRUPTED\"").doesNotContain("hx-trigger");
        worker.interruptSilentImports();
        assertThat(batches.find(someoneElses).orElseThrow().status())
                .isEqualTo(SignalImportRepository.Status.INTERRUPTED);
        assertThat(batches.find(fresh).orElseThrow().status()).isEqualTo(SignalImportRepository.Status.RUNNING);
    }

    // --- helpers

    private static void childRow(Worksheet sheet, int row, String externalId, String lastName, String firstName) {
        sheet.value(row, 0, externalId);
        sheet.value(row, 1, "SCHOOL_ABSENCE_LONG");
        sheet.value(row, 2, Long.parseLong(NOVOSIBIRSK));
        sheet.value(row, 3, "CHILD");
        sheet.value(row, 4, lastName);
        sheet.value(row, 5, firstName);
        sheet.value(row, 6, LocalDate.of(2016, 3, 2));
        sheet.style(row, 6).format("dd.mm.yyyy").set();
    }

    /** Polls the batch's report as the page does, until the import is no longer running. */
    private static String finished(WebSession session, String batch) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> progress = session.get(batch + "/progress");
            assertThat(progress.statusCode()).isEqualTo(200);
            if (!progress.body().contains("data-status=\"RUNNING\"")) {
                assertThat(progress.body()).doesNotContain("hx-trigger");
                return progress.body();
            }
            assertThat(progress.body()).contains("hx-trigger=\"every 1s\"");
            Thread.sleep(100);
        }
        return fail("the import did not finish");
    }

    private static String text(String html, String testId) {
        Matcher matcher =
                Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(matcher.find()).as(testId).isTrue();
        return matcher.group(1).strip();
    }

    private HttpResponse<String> upload(
            String token, String fileName, String contentType, byte[] content, String... headers)
            throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().file("file", fileName, contentType, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(IMPORT))
                .header("Authorization", token)
                .header("Content-Type", body.contentType())
                .POST(body.publisher());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode imported(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static void assertCounts(JsonNode report, int rows, int accepted, int alreadyKnown, int rejected) {
        assertThat(List.of(
                        report.get("rows").asInt(),
                        report.get("done").asInt(),
                        report.get("accepted").asInt(),
                        report.get("alreadyKnown").asInt(),
                        report.get("rejected").asInt()))
                .as("rows, done, accepted, already known, rejected")
                .containsExactly(rows, rows, accepted, alreadyKnown, rejected);
    }

    private static Set<Rejection> rejections(JsonNode report) {
        Set<Rejection> rejections = new HashSet<>();
        for (JsonNode error : report.get("errors")) {
            rejections.add(new Rejection(
                    error.get("row").asInt(),
                    error.get("column").isNull() ? null : error.get("column").asString(),
                    error.get("code").asString()));
        }
        assertThat(rejections).hasSize(report.get("errors").size());
        return rejections;
    }

    private static List<Integer> signalRows(JsonNode report, boolean created) {
        List<Integer> rows = new ArrayList<>();
        for (JsonNode signal : report.get("signals")) {
            if (signal.get("created").asBoolean() == created) {
                rows.add(signal.get("row").asInt());
            }
        }
        return rows;
    }

    private static String signalOfRow(JsonNode report, int row) {
        for (JsonNode signal : report.get("signals")) {
            if (signal.get("row").asInt() == row) {
                return signal.get("id").asString();
            }
        }
        return fail("no signal for row " + row);
    }

    private String reported(String signal, int position, String field) {
        return jdbc.sql("select reported ->> :field from signal_subject where signal_id = :id and position = :position")
                .param("field", field)
                .param("id", UUID.fromString(signal))
                .param("position", position)
                .query(String.class)
                .single();
    }

    private long signalsOf(String token) {
        return jdbc.sql("""
                        select count(*) from signal where organisation_id = (
                            select organisation_id from api_client
                            where token_hash = encode(sha256(convert_to(:token, 'UTF8')), 'hex'))""")
                .param("token", token.substring("Bearer ".length()))
                .query(Long.class)
                .single();
    }

    private long signalsOfReporter() {
        return jdbc.sql("""
                        select count(*) from signal
                        where organisation_id = (select organisation_id from app_user where username = 'reporter')""").query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    /** A surname no other test uses, so that linkage finds nobody and every row is a signal of its own. */
    private static String surname() {
        String letters = "бвгдклмнпрстфхцчшщ";
        StringBuilder name = new StringBuilder("Импортов");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return name.toString();
    }

    private static String snils() {
        return withCheckDigits(String.valueOf(ThreadLocalRandom.current().nextLong(200_000_000L, 999_999_999L)));
    }

    private static String withCheckDigits(String nineDigits) {
        for (int check = 0; check < 100; check++) {
            String candidate = nineDigits + "%02d".formatted(check);
            if (Snils.isValid(candidate)) {
                return candidate;
            }
        }
        return fail("no check digits for " + nineDigits);
    }

    private static String wrongCheckDigit(String snils) {
        int last = snils.charAt(10) - '0';
        return snils.substring(0, 10) + ((last + 1) % 10);
    }
}
