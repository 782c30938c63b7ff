package ru.rodnik.registry.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Sex;

@Repository
class PersonRepository {

    static final String COLUMNS = "id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,"
            + " birth_certificate, phone, merged_into, version";

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
                .param("patronymic", person.patronymic())
                .param("birthDate", person.birthDate())
                .param("sex", person.sex() == null ? null : person.sex().name())
                .param("snils", person.snils())
                .param("certificate", person.birthCertificate())
                .param("phone", person.phone())
                .param("normLast", names.lastName())
                .param("normFirst", names.firstName())
                .param("normPatronymic", names.patronymic())
                .param("surnameKey", names.surnameKey())
                .param("givenKeys", names.givenKeys().toArray(String[]::new))
                .param("at", Timestamp.from(at))
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
    }

    private static Writer copyIn(Connection connection, String sql) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new BufferedWriter(
                new OutputStreamWriter(new PGCopyOutputStream(postgres, sql, 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** One CSV line: null as an empty field, everything else quoted, so that an empty string stays a string. */
    private static void csvRow(Writer out, @Nullable Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (fields[i] != null) {
                out.write('"');
                out.write(fields[i].toString().replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }

    /** A text[] literal with every element quoted, as COPY reads it inside a CSV field. */
    private static String arrayLiteral(List<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(element.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
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

    /**
     * Candidates by trigram similarity of the whole name (word order does not matter to trigrams, so a swapped
     * surname and first name still meet), by a shared surname key or first-name key; a given birth date, or the
     * same date with day and month swapped, lifts a person up.
     */
    List<ScoredId> search(
            String region,
            String normalisedText,
            List<String> surnameKeys,
            List<String> givenKeys,
            @Nullable LocalDate birthDate,
            int limit) {
        LocalDate swapped = swapped(birthDate);
        return jdbc.sql("""
                with candidates as (
                    select p.id, p.birth_date, p.given_keys,
                           similarity(p.norm_last_name || ' ' || p.norm_first_name, :text) as name_score,
                           p.surname_key = any(:surnameKeys) as same_surname
                    from person p
                    where p.region_code = :region and p.merged_into is null
                      and ((p.norm_last_name || ' ' || p.norm_first_name) % :text
                           or (p.surname_key = any(:surnameKeys) and p.given_keys && cast(:givenKeys as text[])))
                    limit 2000
                )
                select id,
                       name_score
                       + case when same_surname then 0.2 else 0 end
                       + case when given_keys && cast(:givenKeys as text[]) then 0.2 else 0 end
                       + case when cast(:birthDate as date) is null then 0
                              when birth_date = cast(:birthDate as date) then 0.5
                              when birth_date = cast(:swapped as date) then 0.3
                              else -0.3 end as score
                from candidates
                order by score desc, id
                limit :limit
                """)
                .param("region", region)
                .param("text", normalisedText)
                .param("surnameKeys", surnameKeys.toArray(String[]::new))
                .param("givenKeys", givenKeys.toArray(String[]::new))
                .param("birthDate", birthDate)
                .param("swapped", swapped)
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
