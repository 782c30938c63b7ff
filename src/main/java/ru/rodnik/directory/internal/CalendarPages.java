package ru.rodnik.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.RodnikUser;

/** {@code /admin/calendar}: a region's non-working days of a year, its own days and its time zone. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

    private final CalendarAdmin admin;
    private final RegionalWorkingCalendar calendar;
    private final Directory directory;
    private final FormErrors formErrors;
    private final Clock clock;

    CalendarPages(
            CalendarAdmin admin,
            RegionalWorkingCalendar calendar,
            Directory directory,
            FormErrors formErrors,
            Clock clock) {
        this.admin = admin;
        this.calendar = calendar;
        this.directory = directory;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    String show(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal RodnikUser user,
            Model model) {
        String regionCode = region == null || region.isBlank() ? user.regionCode() : region;
        int shown = year != null
                ? year
                : LocalDate.now(clock.withZone(calendar.zoneOf(regionCode))).getYear();
        return page(model, regionCode, shown, new CalendarAdmin.NewRegionDay(null, null, null), null, Map.of());
    }

    @PostMapping("/{region}/days")
    String add(
            @PathVariable String region,
            @ModelAttribute("form") CalendarAdmin.NewRegionDay form,
            Model model,
            RedirectAttributes redirect) {
        try {
            RegionDay day = admin.add(region, form);
            redirect.addFlashAttribute("added", day.day());
            return redirectTo(region, day.day().getYear());
        } catch (InvalidInputException e) {
            return page(model, region, yearOf(form.day()), form, null, formErrors.of(e));
        }
    }

    @PostMapping("/{region}/days/{day}/delete")
    String remove(@PathVariable String region, @PathVariable String day, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new NotFoundException(CalendarAdmin.SUBJECT, region + "/" + day);
        }
        admin.remove(region, date);
        redirect.addFlashAttribute("removed", date);
        return redirectTo(region, date.getYear());
    }

    @PostMapping("/{region}/time-zone")
    String changeTimeZone(
            @PathVariable String region,
            @RequestParam(required = false) @Nullable String timeZone,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            RedirectAttributes redirect) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        try {
            admin.changeTimeZone(region, new CalendarAdmin.TimeZoneChange(timeZone, version));
            redirect.addFlashAttribute("saved", true);
            return redirectTo(region, shown);
        } catch (InvalidInputException e) {
            return page(
                    model, region, shown, new CalendarAdmin.NewRegionDay(null, null, null), timeZone, formErrors.of(e));
        }
    }

    private String page(
            Model model,
            String regionCode,
            int year,
            CalendarAdmin.NewRegionDay form,
            @Nullable String timeZone,
            Map<String, String> errors) {
        CalendarAdmin.Year calendarYear = admin.year(regionCode, year);
        model.addAttribute("calendar", calendarYear);
        model.addAttribute(
                "regions",
                directory.territories().stream()
                        .filter(territory -> territory.level() == TerritoryLevel.REGION)
                        .toList());
        model.addAttribute("zones", RegionTimeZones.RUSSIA);
        model.addAttribute("form", form);
        model.addAttribute("timeZone", timeZone == null ? calendarYear.zone().getId() : timeZone);
        model.addAttribute("errors", errors);
        return "directory/calendar";
    }

    private int yearOf(@Nullable String day) {
        try {
            int year = LocalDate.parse(day == null ? "" : day.strip()).getYear();
            if (year >= CalendarAdmin.FIRST_YEAR && year <= CalendarAdmin.LAST_YEAR) {
                return year;
            }
        } catch (DateTimeParseException e) {
            // The form shows why; the page stays on the current year.
        }
        return LocalDate.now(clock).getYear();
    }

    private static String redirectTo(String region, int year) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/calendar")
                        .queryParam("region", region)
                        .queryParam("year", year)
                        .toUriString();
    }
}
