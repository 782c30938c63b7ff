package ru.rodnik.directory.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Which time zone ids a region may have: named zones of the tz database, never a bare offset such as +07:00. */
final class RegionTimeZones {

    /** Every region counts by Moscow time until it is given its own zone. */
    static final ZoneId DEFAULT = ZoneId.of("Europe/Moscow");

    /** The tz database's zones for Russia, west to east, offered on the form. */
    static final List<String> RUSSIA = List.of(
            "Europe/Kaliningrad",
            "Europe/Moscow",
            "Europe/Simferopol",
            "Europe/Kirov",
            "Europe/Volgograd",
            "Europe/Astrakhan",
            "Europe/Saratov",
            "Europe/Ulyanovsk",
            "Europe/Samara",
            "Asia/Yekaterinburg",
            "Asia/Omsk",
            "Asia/Novosibirsk",
            "Asia/Barnaul",
            "Asia/Tomsk",
            "Asia/Novokuznetsk",
            "Asia/Krasnoyarsk",
            "Asia/Irkutsk",
            "Asia/Chita",
            "Asia/Yakutsk",
            "Asia/Khandyga",
            "Asia/Vladivostok",
            "Asia/Ust-Nera",
            "Asia/Magadan",
            "Asia/Sakhalin",
            "Asia/Srednekolymsk",
            "Asia/Kamchatka",
            "Asia/Anadyr");

    private RegionTimeZones() {}

    static Optional<ZoneId> parse(@Nullable String id) {
        String trimmed = id == null ? "" : id.strip();
        return ZoneId.getAvailableZoneIds().contains(trimmed) ? Optional.of(ZoneId.of(trimmed)) : Optional.empty();
    }
}
