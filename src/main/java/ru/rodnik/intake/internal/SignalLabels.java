package ru.rodnik.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.WorkingCalendar;
import ru.rodnik.platform.CurrentActor;

/** Names and words that signal pages show beside the stored codes: organisations, territories, indicators, time left. */
@Component
class SignalLabels {

    private final Directory directory;
    private final IndicatorCatalogue catalogue;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final MessageSource messages;
    private final WorkingCalendar calendar;
    private final CurrentActor actors;

    SignalLabels(
            Directory directory,
            IndicatorCatalogue catalogue,
            MessageSource messages,
            WorkingCalendar calendar,
            CurrentActor actors) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.messages = messages;
        this.calendar = calendar;
        this.actors = actors;
    }

    /** The moment by the clock of the reader's region, where deadlines are counted. */
    public String time(Instant at) {
        String region = actors.get().regionCode();
        ZoneId zone = region == null ? ZoneId.of("Europe/Moscow") : calendar.zoneOf(region);
        return TIME.format(at.atZone(zone));
    }

    /**
     * Short names of the organisations a page's signals name (reporters, referral targets); only those, as a region
     * has thousands and the queue's rows are fetched again every half minute.
     */
    Map<UUID, String> organisations(Stream<@Nullable UUID> ids) {
        Set<UUID> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        return directory.organisations(wanted).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::shortName));
    }

    /** The short name of the organisation a signal was referred to, when it was: all a signal's page names. */
    Map<UUID, String> referralTarget(Signal signal) {
        return organisations(Stream.ofNullable(signal.screening().decision()).map(Signal.Decision::referredTo));
    }

    /** Names of the territories a page's signals name, and only those. */
    Map<String, String> territories(Stream<String> codes) {
        Set<String> wanted = codes.collect(Collectors.toSet());
        return directory.territories(wanted).stream().collect(Collectors.toMap(Territory::code, Territory::name));
    }

    Map<String, Indicator> indicators() {
        return catalogue.all().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** "осталось 5 ч 20 мин" or "просрочено на 1 дн 2 ч", in the user's language. */
    public String timeLeft(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        boolean overdue = left.isNegative();
        Duration amount = left.abs();
        String span = amount.toDays() >= 2
                ? message("intake.due.daysHours", amount.toDays(), amount.toHoursPart())
                : message("intake.due.hoursMinutes", amount.toHours(), amount.toMinutesPart());
        return message(overdue ? "intake.due.overdue" : "intake.due.left", span);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
