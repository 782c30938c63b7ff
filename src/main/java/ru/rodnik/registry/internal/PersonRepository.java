package ru.rodnik.registry.internal;

import static ru.rodnik.platform.BulkCopy.arrayLiteral;
import static ru.rodnik.platform.BulkCopy.copyIn;
import static ru.rodnik.platform.BulkCopy.csvRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.SqlValue;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;

@Repository
class PersonRepository {

    static final String COLUMNS = "id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,"
            + " birth_certificate, phone, merged_into, version";

    /** The most persons a search of a surname alone scores: beyond that a common surname only brings more alike. */
    private static final int SURNAME_ALONE_CANDIDATES = 300;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What is stored beside the written names so that search and linkage compare like with like. */
    record ComparableNames(
            String lastName,
            String firstName,
            @Nullable String patronymic,
            String surnameKey,
            List<String> givenKeys) {}

    void insert(Person person, ComparableNames names, Instant at) {
        jdbc.sql("""
                insert into person (id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,
                                    birth_certificate, phone, norm_last_name, norm_first_name, norm_patronymic,
                                    surname_key, given_keys, created_at, updated_at)
                values (:id, :region, :lastName, :firstName, :patronymic, :birthDate, :sex, :snils, :certificate,
                        :phone, :normLast, :normFirst, :normPatronymic, :surnameKey, :givenKeys, :at, :at)
                """)
                .param("id", person.id().value())
                .param("region", person.regionCode())
                .param("lastName", person.lastName())
                .param("firstName", person.firstName())
                .param("patronymic", SqlValue.text(person.patronymic()))
                .param("birthDate", SqlValue.date(person.birthDate()))
                .param(
                        "sex",
                        SqlValue.text(person.sex() == null ? null : person.sex().name()))
                .param("snils", SqlValue.text(person.snils()))
                .param("certificate", SqlValue.text(person.birthCertificate()))
                .param("phone", SqlValue.text(person.phone()))
                .param("normLast", names.lastName())
                .param("normFirst", names.firstName())
                .param("normPatronymic", SqlValue.text(names.patronymic()))
                .param("surnameKey", names.surnameKey())
                .param("givenKeys", names.givenKeys().toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
        addNameKeys(person.regionCode(), List.of(names));
    }

    /**
     * Adds the surname and first-name keys of these names to the region's vocabulary ({@code person_name_key}), which
     * search corrects misspelt words against. Keys go in one order, so that two registrations adding the same new keys
     * wait for each other instead of deadlocking.
     */
    private void addNameKeys(String region, Collection<ComparableNames> names) {
        SortedSet<String> surnames = new TreeSet<>();
        SortedSet<String> givenNames = new TreeSet<>();
        for (ComparableNames name : names) {
            surnames.add(name.surnameKey());
            givenNames.addAll(name.givenKeys());
        }
        List<String> kinds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        givenNames.forEach(key -> {
            kinds.add(SearchTerms.GIVEN_NAME);
            keys.add(key);
        });
        surnames.forEach(key -> {
            kinds.add(SearchTerms.SURNAME);
            keys.add(key);
        });
        jdbc.sql("""
                insert into person_name_key (region_code, kind, name_key)
                select :region, k.kind, k.name_key
                from unnest(cast(:kinds as text[]), cast(:keys as text[])) with ordinality as k (kind, name_key, n)
                order by k.n
                on conflict do nothing
                """)
                .param("region", region)
                .param("kinds", kinds.toArray(String[]::new))
                .param("keys", keys.toArray(String[]::new))
                .update();
    }

    /** A person to insert with the forms of the names that search compares. */
    record NewPerson(Person person, ComparableNames names) {}

    /**
     * Inserts many new persons with PostgreSQL's COPY on the transaction's own connection, so that they commit or
     * roll back with everything else the caller does; a statement per person would cost a round trip each.
     */
    void insertAll(List<NewPerson> people, Instant at) {
        if (people.isEmpty()) {
            return;
        }
        String copy = """
                copy person (id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,
                             birth_certificate, phone, norm_last_name, norm_first_name, norm_patronymic,
                             surname_key, given_keys, created_at, updated_at)
                from stdin with (format csv)
                """;
        String time = at.toString();
        template.execute((ConnectionCallback<Void>) connection -> {
            try (Writer rows = copyIn(connection, copy)) {
                for (NewPerson row : people) {
                    Person person = row.person();
                    ComparableNames names = row.names();
                    csvRow(
                            rows,
                            person.id().value(),
                            person.regionCode(),
                            person.lastName(),
                            person.firstName(),
                            person.patronymic(),
                            person.birthDate(),
                            person.sex() == null ? null : person.sex().name(),
                            person.snils(),
                            person.birthCertificate(),
                            person.phone(),
                            names.lastName(),
                            names.firstName(),
                            names.patronymic(),
                            names.surnameKey(),
                            arrayLiteral(names.givenKeys()),
                            time,
                            time);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        people.stream()
                .collect(Collectors.groupingBy(
                        row -> row.person().regionCode(), Collectors.mapping(NewPerson::names, Collectors.toList())))
                .forEach(this::addNameKeys);
    }

    Optional<Person> find(PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id")
                .param("id", id.value())
                .query(PersonRepository::map)
                .optional();
    }

    List<Person> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from person where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(PersonRepository::map)
                .list();
    }

    boolean setMergedInto(PersonId duplicate, @Nullable PersonId survivor, int expectedVersion) {
        return jdbc.sql("""
                        update person set merged_into = :survivor, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                        .param("id", duplicate.value())
                        .param("survivor", survivor == null ? null : survivor.value())
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    List<PersonId> mergedInto(PersonId survivor) {
        return jdbc.sql("select id from person where merged_into = :id")
                .param("id", survivor.value())
                .query((rows, i) -> new PersonId(rows.getObject("id", UUID.class)))
                .list();
    }

    record ScoredId(UUID id, double score) {}

    /** A region's name key near a key of a query: the spelling a misspelt word may have meant. */
    record NearKey(String kind, String key, String near) {}

    /**
     * For each key of a query (kind {@code S} for a surname key, {@code G} for a first-name key), the region's keys
     * of that kind nearest to it by trigram distance: at most three, each at least as similar as pg_trgm's default
     * threshold (0.3).
     */
    List<NearKey> nearestNameKeys(String region, List<String> kinds, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select q.kind, q.name_key, near.name_key as near
                        from unnest(cast(:kinds as text[]), cast(:keys as text[])) as q (kind, name_key)
                        cross join lateral (
                            select n.name_key from person_name_key n
                            where n.region_code = :region and n.kind = q.kind
                            order by n.name_key <-> q.name_key
                            limit 3) near
                        where similarity(near.name_key, q.name_key) >= 0.3
                        """)
                .param("region", region)
                .param("kinds", kinds.toArray(String[]::new))
                .param("keys", keys.toArray(String[]::new))
                .query((rows, i) ->
                        new NearKey(rows.getString("kind"), rows.getString("name_key"), rows.getString("near")))
                .list();
    }

    /**
     * Candidates by name pairs, by a surname alone, and by birth date, scored by trigram similarity of the whole name
     * (word order does not matter to trigrams, so a swapped surname and first name still meet), a shared surname key or
     * first-name key; a given birth date, or the same date with day and month swapped, lifts a person up.
     *
     * <p>Written so that no plan reads the whole table: pairs and dates are selective by nature and carry no limit (a
     * limit made a sequential scan look cheaper than the index whenever the planner guessed the pairs common), the
     * surname alone is read in index order, and each kind reads the columns the score needs itself instead of being
     * joined back to {@code person}.
     */
    List<ScoredId> search(SearchTerms terms, int limit) {
        LocalDate birthDate = terms.birthDate();
        return jdbc.sql("""
                with found as (
                    select %1$s from person p
                    where person_name_pairs(p.region_code, p.surname_key, p.given_keys) && cast(:pairs as text[])
                      and p.merged_into is null
                    union
                    (select %1$s from person p
                     where p.region_code = :region and p.merged_into is null
                       and p.surname_key = any(cast(:loneSurnames as text[]))
                     order by p.surname_key
                     limit :alone)
                    union
                    select %1$s from person p
                    where p.region_code = :region and p.merged_into is null
                      and p.birth_date in (cast(:birthDate as date), cast(:swapped as date))
                      and (similarity(p.norm_last_name || ' ' || p.norm_first_name, :text) >= 0.3
                           or p.surname_key = any(cast(:surnameKeys as text[]))
                           or p.given_keys && cast(:givenKeys as text[]))
                )
                select id,
                       similarity(norm_last_name || ' ' || norm_first_name, :text)
                       + case when surname_key = any(cast(:surnameKeys as text[])) then 0.2 else 0 end
                       + case when given_keys && cast(:givenKeys as text[]) then 0.2 else 0 end
                       + case when cast(:birthDate as date) is null then 0
                              when birth_date = cast(:birthDate as date) then 0.5
                              when birth_date = cast(:swapped as date) then 0.3
                              else -0.3 end as score
                from found
                order by score desc, id
                limit :limit
                """.formatted(
                                "p.id, p.norm_last_name, p.norm_first_name, p.surname_key, p.given_keys, p.birth_date"))
                .param("region", terms.region())
                .param("text", terms.text())
                .param("surnameKeys", terms.surnameKeys().toArray(String[]::new))
                .param("givenKeys", terms.givenKeys().toArray(String[]::new))
                .param("pairs", terms.pairs().toArray(String[]::new))
                .param("loneSurnames", terms.loneSurnames().toArray(String[]::new))
                .param("birthDate", birthDate)
                .param("swapped", swapped(birthDate))
                .param("alone", SURNAME_ALONE_CANDIDATES)
                .param("limit", limit)
                .query((rows, i) -> new ScoredId(rows.getObject("id", UUID.class), rows.getDouble("score")))
                .list();
    }

    private static @Nullable LocalDate swapped(@Nullable LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    static Person map(ResultSet rows, int rowNum) throws SQLException {
        UUID mergedInto = rows.getObject("merged_into", UUID.class);
        String sex = rows.getString("sex");
        return new Person(
                new PersonId(rows.getObject("id", UUID.class)),
                rows.getString("region_code"),
                rows.getString("last_name"),
                rows.getString("first_name"),
                rows.getString("patronymic"),
                rows.getObject("birth_date", LocalDate.class),
                sex == null ? null : Sex.valueOf(sex),
                rows.getString("snils"),
                rows.getString("birth_certificate"),
                rows.getString("phone"),
                mergedInto == null ? null : new PersonId(mergedInto),
                rows.getInt("version"));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
