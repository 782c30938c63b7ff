package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchEvidence;
import ru.rodnik.linkage.MatchOutcome;
import ru.rodnik.registry.Sex;
import tools.jackson.databind.json.JsonMapper;

/** The engine with its shipped weights and thresholds, on the cases the record-linkage module must get right. */
class LinkageAcceptanceTest {

    /** A day on which Иванова Мария (born 1990) is an adult and Иванова Анна (born 2012) is not. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Matcher matcher = new Matcher(FellegiSunterModel.defaults());

    @Test
    void surnameAndFirstNameWrittenInEachOthersPlaceStillLinkAutomatically() {
        LinkageRecord registry = People.semenovaNatalya().build();
        LinkageRecord swapped = People.semenovaNatalya()
                .surname("наталья", "наталья", "нтл")
                .givenName("семенова", Set.of("семенова"), "смнф")
                .build();

        MatchDecision decision = matcher.decide(swapped, registry);

        assertThat(decision.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.rules()).contains(MatchRule.NAMES_SWAPPED.name());
        assertThat(decision.evidence())
                .extracting(e -> e.feature() + "=" + e.level())
                .contains("SURNAME=EXACT", "GIVEN_NAME=EXACT");
    }

    @Test
    void dayAndMonthExchangedStillLinkAutomatically() {
        LinkageRecord registry = People.semenovaNatalya().build();
        LinkageRecord subject =
                People.semenovaNatalya().birthDate(LocalDate.of(2010, 12, 5)).build();

        MatchDecision decision = matcher.decide(subject, registry);

        assertThat(decision.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.evidence()).extracting(e -> e.level()).contains("DAY_MONTH_SWAPPED");
    }

    @Test
    void aMotherUnderHerMaidenNameGoesAtLeastToReview() {
        LinkageRecord registry = People.ivanovaMaria().build();
        LinkageRecord maiden = People.ivanovaMaria()
                .surname("кузнецова", "кузнецов", "кзнцф")
                .territoryCode(null)
                .build();

        MatchDecision decision = matcher.decide(maiden, registry);

        assertThat(decision.outcome()).isIn(MatchOutcome.REVIEW, MatchOutcome.AUTO_LINK);
        assertThat(decision.evidence())
                .extracting(e -> e.feature() + "=" + e.level())
                .contains("SURNAME=DIFFERENT");
    }

    @Test
    void aMotherUnderHerMaidenNameAtHerAddressIsLinked() {
        Matcher knowingToday = new Matcher(FellegiSunterModel.defaults(), NameFrequencies.NONE, TODAY);
        LinkageRecord registry =
                People.ivanovaMaria().address(People.LESNAYA_5_12).build();
        LinkageRecord maiden = otherSurname().build();

        MatchDecision decision = knowingToday.decide(maiden, registry);

        assertThat(decision.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.evidence()).contains(new MatchEvidence("SURNAME", "MAIDEN_NAME", 0));
    }

    @Test
    void aDifferentSurnameStaysDifferentWithoutAddressOrCompanionsForAGirlOrWhenAnythingElseDisagrees() {
        Matcher knowingToday = new Matcher(FellegiSunterModel.defaults(), NameFrequencies.NONE, TODAY);
        LinkageRecord mother =
                People.ivanovaMaria().address(People.LESNAYA_5_12).build();

        assertThat(surnameLevel(
                        knowingToday,
                        otherSurname().build(),
                        People.ivanovaMaria().build()))
                .as("no address, nobody seen with her")
                .isEqualTo("DIFFERENT");
        assertThat(surnameLevel(
                        knowingToday, otherSurname().patronymic("павловна").build(), mother))
                .as("another patronymic")
                .isEqualTo("DIFFERENT");
        assertThat(surnameLevel(
                        knowingToday,
                        otherSurname().birthDate(LocalDate.of(1990, 7, 15)).build(),
                        mother))
                .as("a birth date one day off")
                .isEqualTo("DIFFERENT");
        assertThat(surnameLevel(
                        knowingToday,
                        People.ivanovaAnna()
                                .surname("кузнецова", "кузнецов", "кзнцф")
                                .address(People.LESNAYA_5_12)
                                .build(),
                        People.ivanovaAnna().address(People.LESNAYA_5_12).build()))
                .as("a girl")
                .isEqualTo("DIFFERENT");
        assertThat(surnameLevel(matcher, otherSurname().build(), mother))
                .as("age unknown")
                .isEqualTo("DIFFERENT");
        assertThat(surnameLevel(knowingToday, otherSurname().build(), mother))
                .as("precondition: all of it agrees")
                .isEqualTo("MAIDEN_NAME");
        assertThat(surnameLevel(
                        knowingToday,
                        otherSurname().givenName("маша", Set.of("мария"), "мш").build(),
                        mother))
                .as("her first name as a diminutive")
                .isEqualTo("MAIDEN_NAME");
        assertThat(surnameLevel(
                        knowingToday,
                        otherSurname().givenName("марие", Set.of("марие"), "мр").build(),
                        mother))
                .as("a typo in her first name as well")
                .isEqualTo("DIFFERENT");
    }

    /** Иванова Мария under another surname, at her address. */
    private static LinkageRecord.Builder otherSurname() {
        return People.ivanovaMaria().surname("кузнецова", "кузнецов", "кзнцф").address(People.LESNAYA_5_12);
    }

    private static String surnameLevel(Matcher matcher, LinkageRecord subject, LinkageRecord registry) {
        return matcher.decide(subject, registry)
                .evidence()
                .get(Feature.SURNAME.ordinal())
                .level();
    }

    @Test
    void twinsAreNotLinkedToEachOther() {
        LinkageRecord petr = People.ivanovPetr().build();
        LinkageRecord pavel = People.ivanovPavel().build();

        MatchDecision decision = matcher.decide(pavel, petr);

        assertThat(decision.outcome()).isNotEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.rules()).contains(MatchRule.GIVEN_NAME_DIFFERS.name());
    }

    @Test
    void aTwinIsNotLinkedToTheOtherTwinRegisteredWithNamesSwapped() {
        // Пётр was registered from a report that had his names in each other's fields.
        LinkageRecord petrSwapped = People.ivanovPetr()
                .surname("петр", "петр", "птр")
                .givenName("иванов", Set.of("иванов"), "ифнф")
                .build();
        LinkageRecord pavel = People.ivanovPavel().build();

        MatchDecision decision = matcher.decide(pavel, petrSwapped);

        assertThat(decision.rules()).contains(MatchRule.NAMES_SWAPPED.name(), MatchRule.SWAPPED_NAME_DIFFERS.name());
        assertThat(decision.outcome()).isNotEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(matcher.decide(People.ivanovPetr().build(), petrSwapped).outcome())
                .as("Пётр himself still links")
                .isEqualTo(MatchOutcome.AUTO_LINK);
    }

    @Test
    void twinsOfEachSexAreNotLinkedToEachOther() {
        LinkageRecord brother = People.ivanovPetr()
                .givenName("александр", Set.of("александр"), "алксндр")
                .build();
        LinkageRecord sister = People.ivanovPetr()
                .surname("иванова", "иванов", "ифнф")
                .givenName("александра", Set.of("александра"), "алксндр")
                .patronymic("сергеевна")
                .sex(null)
                .build();

        assertThat(matcher.decide(sister, brother).outcome()).isNotEqualTo(MatchOutcome.AUTO_LINK);
    }

    @Test
    void withBothTwinsInTheRegistryEachIsLinkedToHimself() {
        List<Candidate<String>> registry = List.of(
                new Candidate<>("petr", People.ivanovPetr().build()),
                new Candidate<>("pavel", People.ivanovPavel().build()));

        MatchResult<String> result = matcher.match(People.ivanovPavel().build(), registry);

        assertThat(result.decision().outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(result.personId()).isEqualTo("pavel");
        assertThat(result.ranking()).extracting(RankedCandidate::id).containsExactly("pavel", "petr");
    }

    @Test
    void anotherPersonWithTheSameCommonNameAndAnotherBirthDateIsANewPerson() {
        LinkageRecord registry = People.ivanovaAnna().build();
        LinkageRecord namesake = People.ivanovaAnna()
                .patronymic("викторовна")
                .birthDate(LocalDate.of(2009, 10, 3))
                .build();

        MatchResult<String> result = matcher.match(namesake, List.of(new Candidate<>("anna", registry)));

        assertThat(result.decision().outcome()).isEqualTo(MatchOutcome.NEW_PERSON);
        assertThat(result.personId()).isNull();
        assertThat(result.ranking()).hasSize(1);
    }

    @Test
    void aNamesakeWithACommonNameAndABirthDateOneDigitOffIsNotLinkedAutomatically() {
        // Иванов Михаил Дмитриевич: about one registry person in 75 is an Иванов, one in 40 a Михаил.
        NameFrequencies frequencies =
                NameFrequencies.fromCounts(Map.of("иванов", 1_300L), Map.of("михаил", 2_500L), 100_000);
        LinkageRecord registry = People.ivanovPetr()
                .givenName("михаил", Set.of("михаил"), "мхл")
                .patronymic("дмитриевич")
                .birthDate(LocalDate.of(2025, 1, 11))
                .address(null)
                .build();
        LinkageRecord namesake = People.ivanovPetr()
                .givenName("михаил", Set.of("михаил"), "мхл")
                .patronymic("дмитриевич")
                .birthDate(LocalDate.of(2025, 7, 11))
                .address(null)
                .build();

        MatchDecision average = matcher.decide(namesake, registry);
        MatchDecision weighedByName =
                new Matcher(FellegiSunterModel.defaults(), frequencies).decide(namesake, registry);

        assertThat(average.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(weighedByName.outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(weighedByName.evidence())
                .contains(new MatchEvidence("SURNAME", "EXACT", 6.05), new MatchEvidence("GIVEN_NAME", "EXACT", 5.09));
    }

    @Test
    void aNamesakeBornTheSameDayWithAnotherPatronymicIsNotLinkedAutomatically() {
        LinkageRecord registry = People.ivanovaMaria().patronymic("сергеевна").build();
        LinkageRecord namesake = People.ivanovaMaria().patronymic("даниловна").build();

        assertThat(matcher.decide(namesake, registry).outcome()).isNotEqualTo(MatchOutcome.AUTO_LINK);
    }

    @Test
    void theSamePersonWrittenByAnotherAgencyLinksAutomatically() {
        LinkageRecord registry = People.semenovaNatalya().build();
        LinkageRecord school = People.semenovaNatalya()
                .givenName("наталия", Set.of("наталья"), "нтл")
                .patronymic(null)
                .sex(null)
                .build();

        assertThat(matcher.decide(school, registry).outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
    }

    @Test
    void theDecisionTravelsAsJson() {
        MatchDecision decision = matcher.decide(
                People.semenovaNatalya()
                        .surname("наталья", "наталья", "нтл")
                        .givenName("семенова", Set.of("семенова"), "смнф")
                        .sex(Sex.F)
                        .build(),
                People.semenovaNatalya().build());
        JsonMapper json = JsonMapper.builder().build();

        String text = json.writeValueAsString(decision);

        assertThat(text).contains("\"outcome\":\"AUTO_LINK\"", "NAMES_SWAPPED", "\"feature\":\"SURNAME\"");
        assertThat(json.readValue(text, MatchDecision.class)).isEqualTo(decision);
    }
}
