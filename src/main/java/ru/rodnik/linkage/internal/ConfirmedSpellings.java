package ru.rodnik.linkage.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.registry.Sex;

/**
 * The spellings screeners confirmed for a person ({@code linkage_alias}), filed under their own blocking keys, so
 * that a report written the same way again is linked without asking anyone.
 */
@Repository
class ConfirmedSpellings {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ConfirmedSpellings(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
                .param("id", UUID.randomUUID())
                .param("person", personId)
                .param("region", region)
                .param("decision", decisionId)
                .param("surname", spelling.surname())
                .param("surnameKey", spelling.surnameKey())
                .param("surnamePhonetic", spelling.surnamePhonetic())
                .param("given", spelling.givenName())
                .param("givenKeys", spelling.givenNameKeys().toArray(String[]::new))
                .param("givenPhonetic", spelling.givenNamePhonetic())
                .param("patronymic", spelling.patronymic())
                .param("birthDate", spelling.birthDate())
                .param("sex", spelling.sex() == null ? null : spelling.sex().name())
                .param("snils", spelling.snils())
                .param("certificate", spelling.birthCertificate())
                .param("territory", spelling.territoryCode())
                .param("address", spelling.address())
                .param("coKeys", spelling.coSubjectKeys().toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
        List<Object[]> rows =
                keys.stream().map(key -> new Object[] {region, key, personId}).toList();
        template.batchUpdate(
                "insert into linkage_block_key (region_code, block_key, person_id) values (?, ?, ?)"
                        + " on conflict do nothing",
                rows);
    }

    /** The confirmed spellings of these persons, as further candidates under the persons' ids. */
    List<Candidate<UUID>> of(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.person_id, a.surname, a.surname_key, a.surname_phonetic, a.given_name, a.given_keys,
                               a.given_phonetic, a.patronymic, a.birth_date, a.sex, a.snils, a.birth_certificate,
                               a.territory_code, a.address, a.co_subject_keys
                        from linkage_alias a join linkage_person p on p.person_id = a.person_id
                        where a.person_id = any(:ids) and p.active
                        """)
                .param("ids", personIds.toArray(UUID[]::new))
                .query((rows, i) -> new Candidate<>(rows.getObject("person_id", UUID.class), map(rows)))
                .list();
    }

    private static LinkageRecord map(ResultSet rows) throws SQLException {
        String sex = rows.getString("sex");
        return LinkageRecord.builder()
                .surname(rows.getString("surname"), rows.getString("surname_key"), rows.getString("surname_phonetic"))
                .givenName(
                        rows.getString("given_name"),
                        strings(rows.getArray("given_keys")),
                        rows.getString("given_phonetic"))
                .patronymic(rows.getString("patronymic"))
                .birthDate(rows.getObject("birth_date", LocalDate.class))
                .sex(sex == null ? null : Sex.valueOf(sex.strip()))
                .snils(rows.getString("snils"))
                .birthCertificate(rows.getString("birth_certificate"))
                .territoryCode(rows.getString("territory_code"))
                .address(rows.getString("address"))
                .coSubjectKeys(strings(rows.getArray("co_subject_keys")))
                .build();
    }

    private static Set<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
