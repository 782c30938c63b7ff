package ru.rodnik.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Writes a synthetic region as three CSV files (UTF-8, comma-separated, a header row, RFC 4180 quoting, empty cell
 * for null): {@code persons.csv}, {@code families.csv} (one row per family member) and {@code reports.csv} (the noisy
 * reports with their truth columns and the distortions applied, separated by {@code |}).
 *
 * <p>Run it from the packaged application jar; Spring Boot's {@code PropertiesLauncher} puts the application's classes
 * and libraries on the class path and calls this class instead of the application:
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/rodnik-0.1.0-SNAPSHOT.jar -Dloader.main=ru.rodnik.synthetic.SyntheticRegionCommand \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --seed 7 --families 1000 --out target/synthetic
 * </pre>
 *
 * Options: {@code --seed} (default 1), {@code --families} (default 1000), {@code --out} (default
 * {@code target/synthetic}), {@code --as-of} (the day ages are measured on, ISO date, default 2026-06-01). The same
 * options write the same files. A summary (counts, share of children under four, distortions) goes to standard output.
 *
 * <p>{@code --signals} also simulates the two years before {@code --as-of} with {@link CrisisSimulator} (default
 * settings, the same seed and therefore the same families) and writes {@code signals.csv}, one row per signal with
 * its family's truth (crisis, acute date, kind of trouble, hardship), and {@code family-truth.csv}, one row per family,
 * for analysts who want to try other scores on the same signals.
 */
public final class SyntheticRegionCommand {

    private static final String USAGE =
            "usage: SyntheticRegionCommand [--seed N] [--families N] [--out DIR] [--as-of YYYY-MM-DD] [--signals]";

    private SyntheticRegionCommand() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Answers the process exit status: 0 written, 2 bad arguments, 1 the files could not be written. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        long seed = 1;
        int families = 1000;
        Path directory = Path.of("target", "synthetic");
        LocalDate asOf = SyntheticRegionGenerator.DEFAULT_AS_OF;
        boolean signals = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if ("--help".equals(option) || "-h".equals(option)) {
                    out.println(USAGE);
                    return 0;
                }
                if ("--signals".equals(option)) {
                    signals = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--families" -> families = Integer.parseInt(value);
                    case "--out" -> directory = Path.of(value);
                    case "--as-of" -> asOf = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (families < 0) {
                throw new IllegalArgumentException("--families must not be negative");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SyntheticRegionGenerator.Settings settings =
                SyntheticRegionGenerator.Settings.of(seed, families).withAsOf(asOf);
        try {
            long started = System.nanoTime();
            RegionTally tally = write(new SyntheticRegionGenerator(settings), directory);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println(tally.summary());
            if (signals) {
                CrisisSimulator simulator = new CrisisSimulator(
                        CrisisSimulator.Settings.of(seed, families).endingOn(asOf));
                out.println(SignalCsv.write(simulator, directory).summary());
            }
            out.printf(
                    Locale.ROOT,
                    "written to %s in %.1f s (%.0f persons/s)%n",
                    directory.toAbsolutePath(),
                    seconds,
                    tally.persons() / Math.max(seconds, 1e-9));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("Could not write the region: " + e.getMessage());
            return 1;
        }
    }

    static RegionTally write(SyntheticRegionGenerator generator, Path directory) throws IOException {
        Files.createDirectories(directory);
        RegionTally tally = new RegionTally();
        LocalDate asOf = generator.settings().asOf();
        try (CsvFile persons = new CsvFile(
                        directory.resolve("persons.csv"),
                        "person_id",
                        "last_name",
                        "first_name",
                        "patronymic",
                        "birth_date",
                        "sex",
                        "snils",
                        "birth_certificate",
                        "phone",
                        "maiden_name");
                CsvFile families = new CsvFile(
                        directory.resolve("families.csv"),
                        "family_id",
                        "territory_code",
                        "address",
                        "person_id",
                        "role");
                CsvFile reports = new CsvFile(
                        directory.resolve("reports.csv"),
                        "report_id",
                        "agency",
                        "reported_on",
                        "role",
                        "last_name",
                        "first_name",
                        "patronymic",
                        "birth_date",
                        "sex",
                        "snils",
                        "birth_certificate",
                        "phone",
                        "territory_code",
                        "address",
                        "truth_person_id",
                        "truth_family_id",
                        "noise")) {
            for (GeneratedFamily generated : (Iterable<GeneratedFamily>) generator.families()::iterator) {
                SyntheticFamily family = generated.family();
                for (SyntheticFamily.Member member : family.members()) {
                    SyntheticPerson person = member.person();
                    persons.row(
                            person.truthId(),
                            person.lastName(),
                            person.firstName(),
                            person.patronymic(),
                            person.birthDate(),
                            person.sex(),
                            person.snils(),
                            person.birthCertificate(),
                            person.phone(),
                            person.maidenName());
                    families.row(
                            family.familyId(),
                            family.territoryCode(),
                            family.addressText(),
                            person.truthId(),
                            member.role());
                }
                for (SyntheticReport report : generated.reports()) {
                    reports.row(
                            report.reportId(),
                            report.agency(),
                            report.reportedOn(),
                            report.role(),
                            report.lastName(),
                            report.firstName(),
                            report.patronymic(),
                            report.birthDate(),
                            report.sex(),
                            report.snils(),
                            report.birthCertificate(),
                            report.phone(),
                            report.territoryCode(),
                            report.addressText(),
                            report.truthPersonId(),
                            report.truthFamilyId(),
                            String.join("|", report.noiseApplied()));
                }
                tally.add(generated, asOf);
            }
        }
        return tally;
    }
}
