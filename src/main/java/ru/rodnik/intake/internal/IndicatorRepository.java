package ru.rodnik.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a catalogue version unless it is there already. Every statement is idempotent, so that several nodes
     * starting at once, or a start interrupted half-way, end with the complete version.
     */
    void store(int version, List<Indicator> indicators, Instant at) {
        jdbc.sql("insert into indicator_catalogue (version, loaded_at) values (:version, :at) on conflict do nothing")
                .param("version", version)
                .param("at", Timestamp.from(at))
                .update();
        for (Indicator indicator : indicators) {
            jdbc.sql("""
                    insert into indicator (catalogue_version, code, indicator_group, label_ru, label_en, weight,
                                           immediate)
                    values (:version, :code, :group, :ru, :en, :weight, :immediate)
                    on conflict do nothing
                    """)
                    .param("version", version)
                    .param("code", indicator.code())
                    .param("group", indicator.group().name())
                    .param("ru", indicator.labelRu())
                    .param("en", indicator.labelEn())
                    .param("weight", indicator.weight())
                    .param("immediate", indicator.immediate())
                    .update();
        }
    }
}
