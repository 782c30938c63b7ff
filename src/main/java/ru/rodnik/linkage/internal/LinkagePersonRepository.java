package ru.rodnik.linkage.internal;

import static ru.rodnik.platform.BulkCopy.arrayLiteral;
import static ru.rodnik.platform.BulkCopy.copyIn;
import static ru.rodnik.platform.BulkCopy.csvRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.SqlValue;
import ru.rodnik.registry.Sex;

/** The engine's view of every current person and the blocking keys it is filed under. */
@Repository
class LinkagePersonRepository {

    private static final String COLUMNS_BUT_FAMILY = "p.person_id, p.surname, p.surname_key, p.surname_phonetic,"
            + " p.given_name, p.given_keys, p.given_phonetic, p.patronymic, p.birth_date, p.sex, p.snils,"
            + " p.birth_certificate, p.territory_code, p.address";

    /** The most persons read per key when looking for candidates. */
    static final int PER_KEY = 500;

    private static final String FILE_UNDER = """
            insert into linkage_block_key (block_key, person_id)
            select key, :id from unnest(:keys) as key
            on conflict do nothing
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LinkagePersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void save(UUID personId, String region, LinkageRecord record, Collection<String> keys) {
        jdbc.sql("""
                insert into linkage_person (person_id, region_code, surname, surname_key, surname_phonetic,
                    given_name, given_keys, given_phonetic, patronymic, birth_date, sex, snils, birth_certificate,
                    territory_code, address, co_subject_keys)
                values (:id, :region, :surname, :surnameKey, :surnamePhonetic, :given, :givenKeys, :givenPhonetic,
                    :patronymic, :birthDate, :sex, :snils, :certificate, :territory, :address, :coKeys)
                on conflict (person_id) do update set
                    surname = excluded.surname, surname_key = excluded.surname_key,
                    surname_phonetic = excluded.surname_phonetic, given_name = excluded.given_name,
                    given_keys = excluded.given_keys, given_phonetic = excluded.given_phonetic,
                    patronymic = excluded.patronymic, birth_date = excluded.birth_date, sex = excluded.sex,
                    snils = excluded.snils, birth_certificate = excluded.birth_certificate,
                    territory_code = excluded.territory_code, address = excluded.address,
                    co_subject_keys = excluded.co_subject_keys
                """)
                .param("id", personId)
                .param("region", region)
                .params(recordParams(record))
                .update();
        file("""
                with stale as (
                    delete from linkage_block_key
                    where person_id = :id and not (block_key = any (:keys))
                )
                """ + FILE_UNDER, personId, region, keys);
    }

    /** Adds keys under which a person is found; keys it already has are kept once. */
    void fileUnder(UUID personId, String region, Collection<String> keys) {
        file(FILE_UNDER, personId, region, keys);
    }

    // One statement for all of a person's keys (some sixteen), not one per key: intake files a new person per subject.
    private void file(String sql, UUID personId, String region, Collection<String> keys) {
        jdbc.sql(sql).param("id", personId).param("keys", stored(region, keys)).update();
    }

    private static Long[] stored(String region, Collection<String> keys) {
        return keys.stream().map(key -> StoredBlockingKey.of(region, key)).toArray(Long[]::new);
    }

    /** The named parameters of a record's columns, shared by every table that stores a record. */
    static Map<String, Object> recordParams(LinkageRecord record) {
        Map<String, Object> params = new HashMap<>();
        params.put("surname", SqlValue.text(record.surname()));
        params.put("surnameKey", SqlValue.text(record.surnameKey()));
        params.put("surnamePhonetic", SqlValue.text(record.surnamePhonetic()));
        params.put("given", SqlValue.text(record.givenName()));
        params.put("givenKeys", record.givenNameKeys().toArray(String[]::new));
        params.put("givenPhonetic", SqlValue.text(record.givenNamePhonetic()));
        params.put("patronymic", SqlValue.text(record.patronymic()));
        params.put("birthDate", SqlValue.date(record.birthDate()));
        params.put(
                "sex", SqlValue.text(record.sex() == null ? null : record.sex().name()));
        params.put("snils", SqlValue.text(record.snils()));
        params.put("certificate", SqlValue.text(record.birthCertificate()));
        params.put("territory", SqlValue.text(record.territoryCode()));
        params.put("address", SqlValue.text(record.address()));
        params.put("coKeys", record.coSubjectKeys().toArray(String[]::new));
        return params;
    }

    /** A new person as the engine sees it, with the keys to file it under. */
    record Filed(UUID personId, LinkageRecord record, Collection<String> keys) {}

    /**
     * Files many new persons at once with PostgreSQL's COPY on the transaction's own connection: a million persons
     * carry some fifteen million keys, far too many for a statement per row. Unlike {@link #save}, it expects persons
     * that are not filed yet.
     */
    void saveAll(String region, List<Filed> people) {
        if (people.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) connection -> {
            try (Writer rows = copyIn(connection, """
                    copy linkage_person (person_id, region_code, surname, surname_key, surname_phonetic, given_name,
                        given_keys, given_phonetic, patronymic, birth_date, sex, snils, birth_certificate,
                        territory_code, address, co_subject_keys)
                    from stdin with (format csv)
                    """)) {
                for (Filed person : people) {
                    LinkageRecord record = person.record();
                    csvRow(
                            rows,
                            person.personId(),
                            region,
                            record.surname(),
                            record.surnameKey(),
                            record.surnamePhonetic(),
                            record.givenName(),
                            arrayLiteral(record.givenNameKeys()),
                            record.givenNamePhonetic(),
                            record.patronymic(),
                            record.birthDate(),
                            record.sex() == null ? null : record.sex().name(),
                            record.snils(),
                            record.birthCertificate(),
                            record.territoryCode(),
                            record.address(),
                            arrayLiteral(record.coSubjectKeys()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Writer rows =
                    copyIn(connection, "copy linkage_block_key (block_key, person_id) from stdin with (format csv)")) {
                for (Filed person : people) {
                    // distinct: two of a person's keys that share their 64 bits would break the whole COPY
                    for (Long key : Arrays.stream(stored(region, person.keys()))
                            .distinct()
                            .toList()) {
                        csvRow(rows, key, person.personId());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * The persons filed under each of the keys, at most {@link #PER_KEY} per key: a key held by more (an undated
     * common name) tells little about any one of them. Keys nobody holds are left out. Inactive (merged) persons are
     * among them; {@link #current} leaves them out.
     */
    Map<String, List<UUID>> filedUnder(String region, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String[] sought = keys.toArray(String[]::new);
        Map<String, List<UUID>> filed = new HashMap<>();
        // Each row names its key by its place in the array, and so by its text, which the table does not keep.
        jdbc.sql("""
                        select k.n, b.person_id
                        from unnest(cast(:keys as bigint[])) with ordinality as k (key, n)
                        cross join lateral (
                            select b.person_id from linkage_block_key b
                            where b.block_key = k.key
                            limit :perKey) b
                        """)
                .param("keys", stored(region, Arrays.asList(sought)))
                .param("perKey", PER_KEY)
                .query((RowCallbackHandler)
                        rows -> filed.computeIfAbsent(sought[rows.getInt(1) - 1], key -> new ArrayList<>())
                                .add(rows.getObject(2, UUID.class)));
        return filed;
    }

    /**
     * The current (not merged) persons among these, each as a candidate under its record and under every spelling a
     * screener confirmed for it ({@code linkage_alias}).
     *
     * @param family for each person, whether to read its family keys ({@code co_subject_keys}); without them it is
     *     compared as a person seen with nobody
     */
    List<Candidate<UUID>> current(Map<UUID, Boolean> family) {
        if (family.isEmpty()) {
            return List.of();
        }
        UUID[] ids = family.keySet().toArray(UUID[]::new);
        Boolean[] withFamily = family.values().toArray(Boolean[]::new);
        String columns = COLUMNS_BUT_FAMILY + ", case when w.family then p.co_subject_keys end as co_subject_keys";
        // The arrays are read through scalar subqueries so that the planner cannot see their length: with it, every
        // execution got a plan of its own (planning took five times as long as running the query); without it, the
        // server keeps one plan for the prepared statement, the same index look-ups.
        return jdbc.sql("""
                        select %s
                        from unnest((select cast(:ids as uuid[])), (select cast(:family as boolean[]))) as w (id, family)
                        join linkage_person p on p.person_id = w.id
                        where p.active
                        union all
                        select %s
                        from unnest((select cast(:ids as uuid[])), (select cast(:family as boolean[]))) as w (id, family)
                        join linkage_alias p on p.person_id = w.id
                        where exists (select 1 from linkage_person a where a.person_id = p.person_id and a.active)
                        """.formatted(columns, columns))
                .param("ids", ids)
                .param("family", withFamily)
                .query((rows, i) -> new Candidate<>(rows.getObject("person_id", UUID.class), map(rows)))
                .list();
    }

    void setActive(UUID personId, boolean active) {
        jdbc.sql("update linkage_person set active = :active where person_id = :id")
                .param("id", personId)
                .param("active", active)
                .update();
    }

    /** A record from the columns that {@code linkage_person} and {@code linkage_alias} share. */
    static LinkageRecord map(ResultSet rows) throws SQLException {
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
