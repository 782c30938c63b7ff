package ru.rodnik.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.platform.SqlValue;
import ru.rodnik.platform.Uuids;
import ru.rodnik.registry.Family;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyMember;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.RelationshipKind;

@Repository
class FamilyRepository {

    private final JdbcClient jdbc;

    FamilyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FamilyId id, String region, @Nullable String territoryCode, @Nullable String addressText, Instant at) {
        jdbc.sql("""
                insert into family (id, region_code, territory_code, address_text, created_at, updated_at)
                values (:id, :region, :territory, :address, :at, :at)
                """)
                .param("id", id.value())
                .param("region", region)
                .param("territory", territoryCode)
                .param("address", addressText)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Adds the person to the family in the role, unless a current member in it already, provided the family and the
     * person exist in one region. Intake adds a member for every subject: one statement instead of reading the family,
     * the person and the membership first. False when nothing was added; the caller finds out why. The current
     * membership's unique index (V17) makes a transaction adding the same member at the same time wait for this
     * one's commit and then add nothing.
     */
    boolean addMemberIfAbsent(FamilyId family, PersonId person, FamilyRole role, @Nullable LocalDate from) {
        return jdbc.sql("""
                        insert into family_member (id, family_id, person_id, region_code, role, from_date)
                        select :id, f.id, p.id, f.region_code, :role, :from
                        from family f join person p on p.id = :person and p.region_code = f.region_code
                        where f.id = :family
                        on conflict (family_id, person_id, role) where to_date is null do nothing
                        """)
                        .param("id", Uuids.timeOrdered())
                        .param("family", family.value())
                        .param("person", person.value())
                        .param("role", role.name())
                        .param("from", SqlValue.date(from))
                        .update()
                == 1;
    }

    /** The family's region alone, for a change that needs no more of it than that. */
    Optional<String> regionOf(FamilyId id) {
        return jdbc.sql("select region_code from family where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    Optional<Family> find(FamilyId id) {
        record Header(
                String region,
                @Nullable String territory,
                @Nullable String address,
                int version) {}
        Optional<Header> header = jdbc.sql(
                        "select region_code, territory_code, address_text, version from family where id = :id")
                .param("id", id.value())
                .query((rows, i) -> new Header(
                        rows.getString("region_code"),
                        rows.getString("territory_code"),
                        rows.getString("address_text"),
                        rows.getInt("version")))
                .optional();
        return header.map(h -> new Family(id, h.region(), h.territory(), h.address(), members(id), h.version()));
    }

    /** Members as the persons they stand for now: a merged duplicate shows as its survivor, once. */
    private List<FamilyMember> members(FamilyId id) {
        return jdbc.sql("select * from (select distinct on (p.id, m.role) m.role, m.from_date, m.to_date, "
                        + PersonRepository.COLUMNS.replaceAll("(\\w+)", "p.$1")
                        + " from family_member m join person d on d.id = m.person_id"
                        + " join person p on p.id = coalesce(d.merged_into, d.id)"
                        + " where m.family_id = :id order by p.id, m.role, m.from_date nulls first) members"
                        + " order by case role when 'MOTHER' then 1 when 'FATHER' then 2 when 'LEGAL_REP' then 3"
                        + " when 'OTHER_ADULT' then 4 else 5 end, birth_date")
                .param("id", id.value())
                .query((rows, i) -> new FamilyMember(
                        PersonRepository.map(rows, i),
                        FamilyRole.valueOf(rows.getString("role")),
                        rows.getObject("from_date", LocalDate.class),
                        rows.getObject("to_date", LocalDate.class)))
                .list();
    }

    void relate(PersonId person, RelationshipKind kind, PersonId related, String region) {
        jdbc.sql("""
                insert into person_relationship (id, region_code, person_id, related_person_id, kind)
                select :id, :region, :person, :related, :kind
                where not exists (select 1 from person_relationship
                                  where person_id = :person and related_person_id = :related and kind = :kind)
                """)
                .param("id", Uuids.timeOrdered())
                .param("region", region)
                .param("person", person.value())
                .param("related", related.value())
                .param("kind", kind.name())
                .update();
    }

    record RelationshipRow(RelationshipKind kind, PersonId other, boolean outgoing) {}

    List<RelationshipRow> relationshipsOf(PersonId person) {
        return jdbc.sql("""
                select kind, related_person_id as other, true as outgoing from person_relationship
                where person_id = :person
                union all
                select kind, person_id as other, false as outgoing from person_relationship
                where related_person_id = :person
                """)
                .param("person", person.value())
                .query((rows, i) -> new RelationshipRow(
                        RelationshipKind.valueOf(rows.getString("kind")),
                        new PersonId(rows.getObject("other", UUID.class)),
                        rows.getBoolean("outgoing")))
                .list();
    }

    /**
     * Families of the person and of the duplicates merged into it. Intake asks this for every subject it places: two
     * index lookups joined by {@code union}, whose generic plan (a prepared statement's, once it is reused) uses an
     * index on both branches; with one {@code or} over both columns, that plan read the whole {@code family_member}
     * table ({@code explain (generic_plan)}).
     */
    List<FamilyId> familiesOf(PersonId person) {
        return jdbc.sql("""
                select m.family_id from family_member m where m.person_id = :person
                union
                select m.family_id from family_member m join person p on p.id = m.person_id
                where p.merged_into = :person
                """)
                .param("person", person.value())
                .query((rows, i) -> new FamilyId(rows.getObject("family_id", UUID.class)))
                .list();
    }

    /** The families of each of these current persons, their merged duplicates' included, in one query. */
    Map<PersonId, List<FamilyId>> familiesOfAll(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = persons.stream().map(PersonId::value).toArray(UUID[]::new);
        Map<PersonId, List<FamilyId>> families = new HashMap<>();
        jdbc.sql("""
                        select distinct coalesce(p.merged_into, p.id) as person, m.family_id
                        from family_member m join person p on p.id = m.person_id
                        where p.id = any(:ids) or p.merged_into = any(:ids)
                        """).param("ids", ids).query((RowCallbackHandler) rows -> families.computeIfAbsent(
                        new PersonId(rows.getObject("person", UUID.class)), person -> new ArrayList<>())
                .add(new FamilyId(rows.getObject("family_id", UUID.class))));
        return families;
    }
}
