package ru.rodnik.linkage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.Uuids;

/**
 * The spellings screeners confirmed for a person ({@code linkage_alias}), filed under their own blocking keys, so
 * that a report written the same way again is linked without asking anyone. They are read together with the persons
 * ({@link LinkagePersonRepository#candidates}).
 */
@Repository
class ConfirmedSpellings {

    private final JdbcClient jdbc;
    private final LinkagePersonRepository index;

    ConfirmedSpellings(JdbcClient jdbc, LinkagePersonRepository index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    void add(
            UUID personId,
            String region,
            UUID decisionId,
            LinkageRecord spelling,
            Collection<String> keys,
            Instant at) {
        jdbc.sql("""
                insert into linkage_alias (id, person_id, region_code, decision_id, surname, surname_key,
                    surname_phonetic, given_name, given_keys, given_phonetic, patronymic, birth_date, sex, snils,
                    birth_certificate, territory_code, address, co_subject_keys, created_at)
                values (:id, :person, :region, :decision, :surname, :surnameKey, :surnamePhonetic, :given,
                    :givenKeys, :givenPhonetic, :patronymic, :birthDate, :sex, :snils, :certificate, :territory,
                    :address, :coKeys, :at)
                """)
                .param("id", Uuids.timeOrdered())
                .param("person", personId)
                .param("region", region)
                .param("decision", decisionId)
                .params(LinkagePersonRepository.recordParams(spelling))
                .param("at", Timestamp.from(at))
                .update();
        index.fileUnder(personId, region, keys);
    }
}
