package ru.rodnik.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The Russian federal production calendar, read once from {@code directory/working-calendar-ru.tsv}: the public
 * holidays of Labour Code art. 112 and, for each year whose decree is recorded, its transfers. A year without a
 * decree follows the statutory rule (art. 112 part 2). Each year is computed on first use and kept, so asking whether
 * a day is worked costs a map lookup and a bit test.
 */
@Component
class FederalCalendar {

    static final String RESOURCE = "directory/working-calendar-ru.tsv";

    private final Map<MonthDay, String> holidays = new TreeMap<>();
    private final Map<Integer, String> decrees = new TreeMap<>();
    private final NavigableMap<LocalDate, FederalDay> transfers = new TreeMap<>();
    private final Map<Integer, FederalYear> years = new ConcurrentHashMap<>();

    FederalCalendar(@Value("classpath:" + RESOURCE) Resource data) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(data.getInputStream(), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    read(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The working calendar " + data.getDescription() + " cannot be read", e);
        }
        for (LocalDate day : transfers.keySet()) {
            if (!decrees.containsKey(day.getYear())) {
                throw new IllegalStateException("Working calendar: transfers of " + day.getYear()
                        + " without a DECREE line naming their source");
            }
        }
    }

    private void read(String line, int number) {
        String[] fields = line.split("\t");
        if (fields.length != 3 || fields[2].isBlank()) {
            throw broken(number, "expected three tab-separated fields");
        }
        try {
            switch (fields[0]) {
                case "HOLIDAY" -> holidays.put(MonthDay.parse("--" + fields[1]), fields[2]);
                case "DECREE" -> decrees.put(Integer.valueOf(fields[1]), fields[2]);
                case "DAY_OFF" -> transfer(LocalDate.parse(fields[1]), FederalDay.Kind.DAY_OFF, fields[2], number);
                case "WORKING_DAY" ->
                    transfer(LocalDate.parse(fields[1]), FederalDay.Kind.WORKING_DAY, fields[2], number);
                default -> throw broken(number, "unknown kind " + fields[0]);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw broken(number, e.getMessage());
        }
    }

    private void transfer(LocalDate day, FederalDay.Kind kind, String note, int number) {
        if (holidays.containsKey(MonthDay.from(day))) {
            throw broken(number, day + " is a public holiday");
        }
        if (weekend(day) != (kind == FederalDay.Kind.WORKING_DAY)) {
            throw broken(number, kind == FederalDay.Kind.WORKING_DAY ? day + " is no weekend" : day + " is a weekend");
        }
        if (transfers.putIfAbsent(day, new FederalDay(day, kind, note)) != null) {
            throw broken(number, day + " is listed twice");
        }
    }

    private static IllegalStateException broken(int line, String why) {
        return new IllegalStateException("Working calendar " + RESOURCE + ", line " + line + ": " + why);
    }

    boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    FederalYear year(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private FederalYear compute(int year) {
        BitSet nonWorking = new BitSet(367);
        List<FederalDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (weekend(day)) {
                nonWorking.set(day.getDayOfYear());
            }
        }
        holidays.forEach((monthDay, name) -> {
            LocalDate day = monthDay.atYear(year);
            nonWorking.set(day.getDayOfYear());
            days.add(new FederalDay(day, FederalDay.Kind.HOLIDAY, name));
        });
        String decree = decrees.get(year);
        if (decree != null) {
            transfers
                    .subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                    .values()
                    .forEach(transfer -> {
                        nonWorking.set(
                                transfer.day().getDayOfYear(), !transfer.kind().working());
                        days.add(transfer);
                    });
        } else {
            applyStatutoryRule(year, nonWorking, days);
        }
        days.sort(Comparator.comparing(FederalDay::day));
        return new FederalYear(year, decree, nonWorking, days);
    }

    /**
     * Art. 112 part 2: a weekend day that coincides with a holiday moves to the next working day after the holiday,
     * except those that coincide with the January holidays (1–8 January), which only the government's decree moves.
     */
    private void applyStatutoryRule(int year, BitSet nonWorking, List<FederalDay> days) {
        holidays.forEach((monthDay, name) -> {
            LocalDate holiday = monthDay.atYear(year);
            if (holiday.getMonth() == Month.JANUARY || !weekend(holiday)) {
                return;
            }
            LocalDate next = holiday.plusDays(1);
            while (next.getYear() == year && nonWorking.get(next.getDayOfYear())) {
                next = next.plusDays(1);
            }
            if (next.getYear() == year) {
                nonWorking.set(next.getDayOfYear());
                days.add(new FederalDay(next, FederalDay.Kind.STATUTORY_DAY_OFF, name));
            }
        });
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
