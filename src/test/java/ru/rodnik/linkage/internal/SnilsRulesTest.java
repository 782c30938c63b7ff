package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchOutcome;

/** An equal SNILS is strong evidence, not blind trust; two different valid ones weigh heavily against a link. */
class SnilsRulesTest {

    private final Matcher matcher = new Matcher(FellegiSunterModel.defaults());

    @Test
    void anEqualValidSnilsLinksThroughAMaidenName() {
        LinkageRecord registry =
                People.ivanovaMaria().snils(SnilsComparisonTest.VALID).build();
        LinkageRecord maiden = People.ivanovaMaria()
                .surname("кузнецова", "кузнецов", "кзнцф")
                .snils(SnilsComparisonTest.VALID)
                .build();

        MatchDecision decision = matcher.decide(maiden, registry);

        assertThat(decision.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.rules()).doesNotContain(MatchRule.SNILS_CONTRADICTED.name());
    }

    @Test
    void anEqualValidSnilsWithAnotherSurnameAndFirstNameIsAtMostReview() {
        // Same number, birth date, patronymic and address, other names: the score alone would link.
        LinkageRecord registry =
                People.ivanovPetr().snils(SnilsComparisonTest.VALID).build();
        LinkageRecord other = People.ivanovPetr()
                .surname("кузнецов", "кузнецов", "кзнцф")
                .givenName("олег", Set.of("олег"), "олк")
                .snils(SnilsComparisonTest.VALID)
                .build();

        MatchDecision decision = matcher.decide(other, registry);

        assertThat(decision.score()).isGreaterThanOrEqualTo(decision.upperThreshold());
        assertThat(decision.outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(decision.rules()).contains(MatchRule.SNILS_CONTRADICTED.name());
    }

    @Test
    void anEqualValidSnilsWithAnotherSurnameAndBirthDateIsAtMostReview() {
        LinkageRecord registry = People.ivanovaMaria()
                .snils(SnilsComparisonTest.VALID)
                .address(People.LESNAYA_5_12)
                .build();
        LinkageRecord other = People.ivanovaMaria()
                .surname("кузнецова", "кузнецов", "кзнцф")
                .birthDate(LocalDate.of(1984, 1, 20))
                .snils(SnilsComparisonTest.VALID)
                .address(People.LESNAYA_5_12)
                .build();

        MatchDecision decision = matcher.decide(other, registry);

        assertThat(decision.score()).isGreaterThanOrEqualTo(decision.upperThreshold());
        assertThat(decision.outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(decision.rules()).containsExactly(MatchRule.SNILS_CONTRADICTED.name());
    }

    @Test
    void twoDifferentValidSnilsWithOtherwiseEqualDataLowerTheScoreALotAndForbidALink() {
        LinkageRecord registry =
                People.semenovaNatalya().snils(SnilsComparisonTest.VALID).build();
        LinkageRecord sameData = People.semenovaNatalya().build();
        LinkageRecord otherSnils =
                People.semenovaNatalya().snils(SnilsComparisonTest.OTHER_VALID).build();

        MatchDecision without = matcher.decide(sameData, registry);
        MatchDecision conflicting = matcher.decide(otherSnils, registry);

        assertThat(without.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(without.score() - conflicting.score()).isGreaterThan(7);
        assertThat(conflicting.outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(conflicting.rules()).containsExactly(MatchRule.SNILS_CONFLICT.name());
    }

    @Test
    void aTypoInTheSnilsStillCountsForTheLink() {
        LinkageRecord registry =
                People.semenovaNatalya().snils(SnilsComparisonTest.VALID).build();
        LinkageRecord typo = People.semenovaNatalya()
                .snils(SnilsComparisonTest.ONE_DIGIT_OFF)
                .build();

        MatchDecision decision = matcher.decide(typo, registry);

        assertThat(decision.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(decision.evidence())
                .extracting(e -> e.feature() + "=" + e.level())
                .contains("SNILS=ONE_DIGIT");
        assertThat(decision.rules()).isEmpty();
    }
}
