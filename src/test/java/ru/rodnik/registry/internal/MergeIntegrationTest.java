package ru.rodnik.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Sex;
import ru.rodnik.support.RodnikIntegrationTest;

@RodnikIntegrationTest
class MergeIntegrationTest {

    private static final String REGION = "66000000";

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mergeThenUnmergeRestoresBothPersonsAndTheirLinksExactly() {
        PersonId survivor = child("Орлов", "Тимофей", null);
        PersonId duplicate = child("Орлов", "Тима", "Олегович");
        FamilyId school = family(survivor, "г. Бердск, ул. Школьная, д. 1");
        FamilyId clinic = family(duplicate, "г. Бердск, ул. Больничная, д. 2");
        Map<String, Object> survivorBefore = row(survivor);
        Map<String, Object> duplicateBefore = row(duplicate);
        List<Map<String, Object>> membersBefore = members(survivor, duplicate);

        registry.merge(survivor, duplicate);

        assertThat(registry.current(duplicate)).isEqualTo(survivor);
        assertThat(registry.familiesOf(survivor)).containsExactlyInAnyOrder(school, clinic);
        assertThat(registry.family(clinic).orElseThrow().members())
                .extracting(member -> member.person().id())
                .containsExactly(survivor);
        assertThat(registry.search(REGION, "Орлов Тима", null, 10))
                .extracting(hit -> hit.person().id())
                .doesNotContain(duplicate);

        registry.unmerge(duplicate);

        assertThat(registry.current(duplicate)).isEqualTo(duplicate);
        assertThat(registry.familiesOf(survivor)).containsExactly(school);
        assertThat(registry.familiesOf(duplicate)).containsExactly(clinic);
        assertThat(withoutBookkeeping(row(survivor))).isEqualTo(withoutBookkeeping(survivorBefore));
        assertThat(withoutBookkeeping(row(duplicate))).isEqualTo(withoutBookkeeping(duplicateBefore));
        assertThat(members(survivor, duplicate)).isEqualTo(membersBefore);
        assertThat(audits("MERGE", duplicate)).isEqualTo(1);
        assertThat(audits("MERGE", survivor)).isEqualTo(1);
        assertThat(audits("UNMERGE", duplicate)).isEqualTo(1);
        assertThat(audits("UNMERGE", survivor)).isEqualTo(1);
    }

    @Test
    void aPersonCannotBeMergedIntoItselfOrTwice() {
        PersonId a = child("Лебедев", "Марк", null);
        PersonId b = child("Лебедев", "Марк", null);
        PersonId c = child("Лебедев", "Марк", null);
        assertThatThrownBy(() -> registry.merge(a, a)).isInstanceOf(IllegalArgumentException.class);
        registry.merge(a, b);
        assertThatThrownBy(() -> registry.merge(c, b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.merge(b, c)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.unmerge(a)).isInstanceOf(IllegalStateException.class);
    }

    private PersonId child(String lastName, String firstName, String patronymic) {
        return registry.registerPerson(
                REGION,
                new PersonDetails(lastName, firstName, patronymic, LocalDate.of(2018, 9, 1), Sex.M, null, null, null));
    }

    private FamilyId family(PersonId child, String address) {
        FamilyId family = registry.registerFamily(REGION, null, address);
        registry.addMember(family, child, FamilyRole.CHILD, null);
        return family;
    }

    private Map<String, Object> row(PersonId id) {
        return jdbc.sql("select * from person where id = :id")
                .param("id", id.value())
                .query()
                .singleRow();
    }

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> row) {
        var copy = new java.util.HashMap<String, Object>();
        row.forEach((column, value) -> copy.put(column, comparable(value)));
        copy.remove("version");
        copy.remove("updated_at");
        return copy;
    }

    /** JDBC arrays compare by identity; their contents are what must be restored. */
    private static Object comparable(Object value) {
        try {
            return value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> members(PersonId a, PersonId b) {
        return jdbc.sql("select * from family_member where person_id in (:a, :b) order by id")
                .param("a", a.value())
                .param("b", b.value())
                .query()
                .listOfRows();
    }

    private long audits(String action, PersonId id) {
        return jdbc.sql("select count(*) from audit_event where action = :a and subject_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}
