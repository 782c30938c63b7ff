package ru.rodnik.earlywarning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.ScoredIndicator;
import ru.rodnik.earlywarning.ScoredSignal;
import ru.rodnik.earlywarning.ScoringRules;
import ru.rodnik.intake.ReportedIndicator;
import ru.rodnik.intake.SignalJoinedFamily;
import ru.rodnik.intake.Urgency;
import ru.rodnik.registry.FamilyId;

/** The module's own copy of the signals it scores: agency, time, urgency and indicators, nothing about persons. */
@Repository
class WarningSignalRepository {

    private final JdbcClient jdbc;

    WarningSignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the signal for its family unless it is there already. Indicators that are never scored are not copied.
     *
     * @return whether it was new
     */
    boolean insertUnlessKnown(SignalJoinedFamily event, Instant recordedAt) {
        boolean inserted = jdbc.sql("""
                        insert into warning_signal (family_id, signal_id, region_code, agency, urgent, received_at,
                                                    recorded_at)
                        values (:family, :signal, :region, :agency, :urgent, :receivedAt, :recordedAt)
                        on conflict (family_id, signal_id) do nothing
                        """)
                        .param("family", event.familyId().value())
                        .param("signal", event.signalId())
                        .param("region", event.regionCode())
                        .param("agency", event.agency().name())
                        .param("urgent", event.urgency() == Urgency.IMMEDIATE)
                        .param("receivedAt", Timestamp.from(event.receivedAt()))
                        .param("recordedAt", Timestamp.from(recordedAt))
                        .update()
                == 1;
        if (inserted) {
            for (ReportedIndicator indicator : event.indicators()) {
                if (ScoringRules.isScored(indicator.code())) {
                    jdbc.sql("""
                                    insert into warning_signal_indicator (family_id, signal_id, region_code, code,
                                                                          weight, immediate, label_ru, label_en)
                                    values (:family, :signal, :region, :code, :weight, :immediate, :ru, :en)
                                    on conflict do nothing
                                    """)
                            .param("family", event.familyId().value())
                            .param("signal", event.signalId())
                            .param("region", event.regionCode())
                            .param("code", indicator.code())
                            .param("weight", indicator.weight())
                            .param("immediate", indicator.immediate())
                            .param("ru", indicator.labelRu())
                            .param("en", indicator.labelEn())
                            .update();
                }
            }
        }
        return inserted;
    }

    /** The family's signals received since {@code since}, oldest first, each with its indicators. */
    List<ScoredSignal> since(FamilyId family, Instant since) {
        record Row(
                UUID signal,
                OrganisationKind agency,
                Instant receivedAt,
                boolean urgent,
                Optional<ScoredIndicator> indicator) {}
        List<Row> rows = jdbc.sql("""
                        select s.signal_id, s.agency, s.received_at, s.urgent,
                               i.code, i.weight, i.immediate, i.label_ru, i.label_en
                        from warning_signal s
                        left join warning_signal_indicator i
                               on i.family_id = s.family_id and i.signal_id = s.signal_id
                        where s.family_id = :family and s.received_at >= :since
                        order by s.received_at, s.signal_id, i.code
                        """)
                .param("family", family.value())
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new Row(
                        rs.getObject("signal_id", UUID.class),
                        OrganisationKind.valueOf(rs.getString("agency")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getBoolean("urgent"),
                        rs.getString("code") == null
                                ? Optional.empty()
                                : Optional.of(new ScoredIndicator(
                                        rs.getString("code"),
                                        rs.getInt("weight"),
                                        rs.getBoolean("immediate"),
                                        rs.getString("label_ru"),
                                        rs.getString("label_en")))))
                .list();
        Map<UUID, List<Row>> bySignal = new LinkedHashMap<>();
        rows.forEach(row ->
                bySignal.computeIfAbsent(row.signal(), id -> new ArrayList<>()).add(row));
        return bySignal.values().stream()
                .map(signalRows -> {
                    Row first = signalRows.get(0);
                    return new ScoredSignal(
                            first.signal(),
                            first.agency(),
                            first.receivedAt(),
                            first.urgent(),
                            signalRows.stream()
                                    .flatMap(row -> row.indicator().stream())
                                    .toList());
                })
                .toList();
    }

    Optional<Instant> lastReceived(FamilyId family) {
        return jdbc.sql("select max(received_at) from warning_signal where family_id = :family")
                .param("family", family.value())
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }
}
