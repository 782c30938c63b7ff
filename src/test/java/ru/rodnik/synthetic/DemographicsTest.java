package ru.rodnik.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;
import ru.rodnik.registry.Snils;
import ru.rodnik.synthetic.SyntheticFamily.Role;

class DemographicsTest {

    private static final LocalDate AS_OF = SyntheticRegionGenerator.DEFAULT_AS_OF;
    private static final SyntheticRegion REGION =
            new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(2026, 4000)).generate();

    private static List<SyntheticPerson> children() {
        return REGION.families().stream()
                .flatMap(family -> family.withRole(Role.CHILD).stream())
                .toList();
    }

    @Test
    void everyFamilyHasAChildUnder18() {
        assertThat(REGION.families())
                .allSatisfy(family -> assertThat(family.withRole(Role.CHILD))
                        .isNotEmpty()
                        .allSatisfy(child -> assertThat(child.ageOn(AS_OF)).isBetween(0, 17)));
    }

    @Test
    void aboutAThirdOfTheChildrenAreUnderFour() {
        List<SyntheticPerson> children = children();
        double underFour =
                children.stream().filter(child -> child.ageOn(AS_OF) < 4).count() / (double) children.size();

        assertThat(underFour).isBetween(0.30, 0.45);
        assertThat(children).anySatisfy(child -> assertThat(child.ageOn(AS_OF)).isEqualTo(17));
    }

    @Test
    void mothersWere18To45AtEveryBirth() {
        for (SyntheticFamily family : REGION.families()) {
            for (SyntheticPerson mother : family.withRole(Role.MOTHER)) {
                for (SyntheticPerson child : family.withRole(Role.CHILD)) {
                    assertThat(Period.between(mother.birthDate(), child.birthDate())
                                    .getYears())
                            .isBetween(18, 45);
                }
            }
        }
    }

    @Test
    void aFatherLivesInTwoFamiliesOfThreeAndAMotherInMost() {
        double withFather = share(family -> !family.withRole(Role.FATHER).isEmpty());
        double withMother = share(family -> !family.withRole(Role.MOTHER).isEmpty());
        double withGuardian = share(family -> !family.withRole(Role.LEGAL_REP).isEmpty());
        double withGrandmother =
                share(family -> !family.withRole(Role.OTHER_ADULT).isEmpty());

        assertThat(withFather).isBetween(0.60, 0.72);
        assertThat(withMother).isBetween(0.85, 0.97);
        assertThat(withGuardian).isBetween(0.01, 0.08);
        assertThat(withGrandmother).isBetween(0.03, 0.12);
    }

    private static double share(Predicate<SyntheticFamily> test) {
        return REGION.families().stream().filter(test).count()
                / (double) REGION.families().size();
    }

    @Test
    void childrenTakeTheirPatronymicFromTheFathersFirstName() {
        int checked = 0;
        for (SyntheticFamily family : REGION.families()) {
            for (SyntheticPerson father : family.withRole(Role.FATHER)) {
                String fatherName = father.firstName().replace('ё', 'е');
                // Павел → Павлович, Лев → Львович, Михаил → Михайлович: the stem keeps all but the last two letters.
                String stem = fatherName.substring(0, Math.max(1, fatherName.length() - 2));
                for (SyntheticPerson child : family.withRole(Role.CHILD)) {
                    assertThat(child.patronymic().replace('ё', 'е')).startsWith(stem);
                    assertThat(child.patronymic()).endsWith(child.sex() == Sex.M ? "ич" : "на");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void siblingsShareTheirSurnameAndPatronymicInTheirOwnGendersForm() {
        for (SyntheticFamily family : REGION.families()) {
            List<SyntheticPerson> children = family.withRole(Role.CHILD);
            Set<String> boys = new HashSet<>();
            Set<String> girls = new HashSet<>();
            Set<String> patronymicStems = new HashSet<>();
            for (SyntheticPerson child : children) {
                (child.sex() == Sex.M ? boys : girls).add(child.lastName());
                patronymicStems.add(child.patronymic().replaceAll("(ович|евич|ич|овна|евна|ична|инична)$", ""));
                if (child.sex() == Sex.F) {
                    assertThat(child.lastName())
                            .doesNotEndWith("ов")
                            .doesNotEndWith("ев")
                            .doesNotEndWith("ин");
                    assertThat(child.lastName()).doesNotEndWith("ский").doesNotEndWith("цкий");
                } else {
                    assertThat(child.lastName())
                            .doesNotEndWith("ова")
                            .doesNotEndWith("ева")
                            .doesNotEndWith("ина");
                    assertThat(child.lastName()).doesNotEndWith("ская").doesNotEndWith("цкая");
                }
            }
            assertThat(boys).hasSizeLessThanOrEqualTo(1);
            assertThat(girls).hasSizeLessThanOrEqualTo(1);
            if (!boys.isEmpty() && !girls.isEmpty()) {
                String boy = boys.iterator().next();
                String girl = girls.iterator().next();
                assertThat(girl).isIn(boy, boy + "а", boy.substring(0, boy.length() - 2) + "ая");
            }
            assertThat(patronymicStems).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void childrenOfAFatherAtHomeUsuallyCarryHisSurname() {
        int withFather = 0;
        int hisSurname = 0;
        for (SyntheticFamily family : REGION.families()) {
            for (SyntheticPerson father : family.withRole(Role.FATHER)) {
                for (SyntheticPerson child : family.withRole(Role.CHILD)) {
                    withFather++;
                    String stem = father.lastName();
                    if (child.lastName().equals(stem)
                            || child.lastName().equals(stem + "а")
                            || child.lastName().equals(stem.substring(0, stem.length() - 2) + "ая")) {
                        hisSurname++;
                    }
                }
            }
        }
        assertThat(hisSurname / (double) withFather).isBetween(0.85, 0.99);
    }

    @Test
    void someMothersKeepTheirMaidenNameAndSomeChangedIt() {
        List<SyntheticFamily> couples = REGION.families().stream()
                .filter(family -> !family.withRole(Role.MOTHER).isEmpty()
                        && !family.withRole(Role.FATHER).isEmpty())
                .toList();
        long changed = REGION.families().stream()
                .flatMap(family -> family.withRole(Role.MOTHER).stream())
                .filter(mother -> mother.maidenName() != null)
                .count();
        long ownSurname = couples.stream()
                .filter(family -> !family.withRole(Role.MOTHER)
                        .get(0)
                        .lastName()
                        .startsWith(family.withRole(Role.FATHER).get(0).lastName()))
                .count();

        assertThat(changed).isGreaterThan(REGION.families().size() / 3);
        assertThat(ownSurname).isBetween(couples.size() / 20L, couples.size() / 3L);
        assertThat(REGION.persons())
                .anySatisfy(person -> assertThat(person.lastName()).contains("-"));
    }

    @Test
    void someFamiliesDocumentsAreWrittenWithoutYoAndTheWholeFamilyAlike() {
        long withYo = 0;
        long withoutYo = 0;
        for (SyntheticFamily family : REGION.families()) {
            Set<Boolean> spellings = new HashSet<>();
            for (SyntheticPerson person : family.persons()) {
                String name = person.firstName();
                if (Set.of("Артём", "Алёна", "Фёдор", "Семён").contains(name)) {
                    withYo++;
                    spellings.add(true);
                } else if (Set.of("Артем", "Алена", "Федор", "Семен").contains(name)) {
                    withoutYo++;
                    spellings.add(false);
                }
                if (person.lastName().contains("ё")) {
                    spellings.add(true);
                }
            }
            assertThat(spellings).as(family.toString()).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(withoutYo).isPositive();
        assertThat(withYo).isGreaterThan(2 * withoutYo);
    }

    @Test
    void twinsShareABirthDateButNotAFirstName() {
        int twins = 0;
        for (SyntheticFamily family : REGION.families()) {
            List<SyntheticPerson> children = family.withRole(Role.CHILD);
            for (int i = 0; i < children.size(); i++) {
                for (int j = i + 1; j < children.size(); j++) {
                    assertThat(children.get(i).firstName())
                            .isNotEqualTo(children.get(j).firstName());
                    if (children.get(i).birthDate().equals(children.get(j).birthDate())) {
                        twins++;
                    }
                }
            }
        }
        assertThat(twins).isBetween(10, 200);
    }

    @Test
    void everySnilsIsValidAndUniqueAndAFewPersonsHaveNone() {
        List<String> snils = REGION.persons().stream()
                .map(SyntheticPerson::snils)
                .filter(Objects::nonNull)
                .toList();

        assertThat(snils.stream().filter(digits -> !Snils.isValid(digits))).isEmpty();
        assertThat(new HashSet<>(snils)).hasSameSizeAs(snils);
        assertThat(snils.size() / (double) REGION.persons().size()).isBetween(0.88, 0.99);
    }

    @Test
    void childrenHaveBirthCertificatesAndAdultsPhones() {
        Pattern certificate = Pattern.compile("[IVX]+-[А-Я]{2} \\d{6}");
        Pattern phone = Pattern.compile("\\+7 9\\d\\d \\d{3}-\\d\\d-\\d\\d");
        Set<String> certificates = new HashSet<>();
        for (SyntheticFamily family : REGION.families()) {
            for (SyntheticFamily.Member member : family.members()) {
                SyntheticPerson person = member.person();
                if (member.role() == Role.CHILD) {
                    assertThat(person.birthCertificate()).matches(certificate);
                    assertThat(certificates.add(person.birthCertificate())).isTrue();
                    assertThat(person.phone()).isNull();
                } else {
                    assertThat(person.birthCertificate()).isNull();
                    assertThat(person.ageOn(AS_OF)).isGreaterThanOrEqualTo(18);
                    if (person.phone() != null) {
                        assertThat(person.phone()).matches(phone);
                    }
                }
            }
        }
    }

    @Test
    void familiesLiveInTheDemoRegionsTerritories() throws IOException {
        Map<String, String> demo = demoTerritories();
        Set<String> used = new HashSet<>();
        for (SyntheticFamily family : REGION.families()) {
            assertThat(demo).containsKey(family.territoryCode());
            used.add(family.territoryCode());
            assertThat(family.addressText()).matches("(г\\.|р\\.п\\.|с\\.|д\\.|п\\.) [А-ЯЁ][а-яё]+, .+, д\\. \\d+.*");
        }
        assertThat(used).contains("50701000", "50645416", "50645432");
    }

    @Test
    void settlementNamesAgreeWithTheDemoRegion() throws IOException {
        Map<String, String> demo = demoTerritories();
        for (SyntheticFamily family : REGION.families()) {
            String place = family.addressText().split(",")[0].replaceFirst("^\\S+ ", "");
            String territory = demo.get(family.territoryCode());
            if (!"50615000".equals(family.territoryCode())) {
                assertThat(territory).as(family.addressText()).endsWith(place);
            }
        }
    }

    private static Map<String, String> demoTerritories() throws IOException {
        try (InputStream in = DemographicsTest.class.getClassLoader().getResourceAsStream("demo/demo-region.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile("\\{\"code\": \"(\\d+)\"[^}]*\"name\": \"([^\"]+)\"")
                    .matcher(json);
            Map<String, String> territories = new HashMap<>();
            while (matcher.find()) {
                territories.put(matcher.group(1), matcher.group(2));
            }
            assertThat(territories).hasSizeGreaterThan(5);
            return territories;
        }
    }
}
