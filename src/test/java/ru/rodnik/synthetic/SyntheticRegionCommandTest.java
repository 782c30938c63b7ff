package ru.rodnik.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRegionCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SyntheticRegionCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesPersonsFamiliesAndReportsWithHeaders(@TempDir Path directory) throws IOException {
        assertThat(run("--seed", "7", "--families", "40", "--out", directory.toString()))
                .isZero();

        List<String> persons = Files.readAllLines(directory.resolve("persons.csv"), StandardCharsets.UTF_8);
        List<String> families = Files.readAllLines(directory.resolve("families.csv"), StandardCharsets.UTF_8);
        List<String> reports = Files.readAllLines(directory.resolve("reports.csv"), StandardCharsets.UTF_8);
        assertThat(persons.get(0))
                .isEqualTo("person_id,last_name,first_name,patronymic,birth_date,sex,snils,birth_certificate,phone,"
                        + "maiden_name");
        assertThat(families.get(0)).isEqualTo("family_id,territory_code,address,person_id,role");
        assertThat(reports.get(0))
                .isEqualTo("report_id,agency,reported_on,role,last_name,first_name,patronymic,birth_date,sex,snils,"
                        + "birth_certificate,phone,territory_code,address,truth_person_id,truth_family_id,noise");

        SyntheticRegion region = new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(7, 40)).generate();
        assertThat(persons).hasSize(region.persons().size() + 1);
        assertThat(families).hasSize(region.persons().size() + 1);
        assertThat(reports).hasSize(region.reports().size() + 1);
        SyntheticPerson first = region.persons().get(0);
        assertThat(persons.get(1)).startsWith(first.truthId() + "," + first.lastName() + "," + first.firstName());
        // Addresses hold commas, so they are quoted.
        assertThat(families.get(1)).contains(",\"" + region.families().get(0).addressText() + "\",");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("families 40", "under 4");
    }

    @Test
    void theSameOptionsWriteTheSameFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        run("--seed", "3", "--families", "30", "--out", first.toString());
        run("--seed", "3", "--families", "30", "--out", second.toString());

        for (String file : List.of("persons.csv", "families.csv", "reports.csv")) {
            assertThat(Files.readAllBytes(second.resolve(file))).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void withSignalsAlsoWritesTheSimulatedSignalsOfTheSameFamiliesWithTheirTruth(@TempDir Path directory)
            throws IOException {
        assertThat(run("--seed", "7", "--families", "60", "--out", directory.toString(), "--signals"))
                .isZero();

        List<String> signals = Files.readAllLines(directory.resolve("signals.csv"), StandardCharsets.UTF_8);
        List<String> truth = Files.readAllLines(directory.resolve("family-truth.csv"), StandardCharsets.UTF_8);
        List<String> families = Files.readAllLines(directory.resolve("families.csv"), StandardCharsets.UTF_8);
        assertThat(signals.get(0))
                .isEqualTo("signal_id,family_id,agency,noticed_on,received_at,urgent,indicators,child_id,"
                        + "from_trouble,severity,family_crisis,family_acute_on,family_trouble_kind,family_hardship");
        List<SignalTimeline> timelines = new CrisisSimulator(CrisisSimulator.Settings.of(7, 60))
                .timelines()
                .toList();
        assertThat(signals)
                .hasSize(1
                        + timelines.stream()
                                .mapToInt(timeline -> timeline.signals().size())
                                .sum());
        assertThat(truth).hasSize(61);
        SignalTimeline first = timelines.get(0);
        assertThat(truth.get(1)).startsWith(first.family().familyId() + ",");
        assertThat(families.get(1)).startsWith(first.family().familyId() + ",");
        SignalTimeline crisis = timelines.stream()
                .filter(timeline ->
                        timeline.truth().crisis() && !timeline.signals().isEmpty())
                .findFirst()
                .orElseThrow();
        SimulatedSignal signal = crisis.signals().get(0);
        assertThat(signals)
                .anySatisfy(row -> assertThat(row)
                        .startsWith(signal.signalId() + "," + crisis.family().familyId() + ","
                                + signal.agency().slug() + "," + signal.noticedOn())
                        .contains(",true," + crisis.truth().acuteOn() + ","));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("simulated signals: 60 families");
    }

    @Test
    void refusesUnknownOptionsAndBadNumbers(@TempDir Path directory) {
        assertThat(run("--colour", "red")).isEqualTo(2);
        assertThat(run("--families", "many")).isEqualTo(2);
        assertThat(run("--seed")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void quotesCellsThatHoldCommasOrQuotes() {
        assertThat(CsvFile.quoted("Иванов")).isEqualTo("Иванов");
        assertThat(CsvFile.quoted("г. Бердск, ул. Мира")).isEqualTo("\"г. Бердск, ул. Мира\"");
        assertThat(CsvFile.quoted("АНО «Защитники» \"детства\"")).isEqualTo("\"АНО «Защитники» \"\"детства\"\"\"");
    }
}
