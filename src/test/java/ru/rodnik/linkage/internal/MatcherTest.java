package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.linkage.MatchOutcome;

class MatcherTest {

    private final Matcher matcher = new Matcher(FellegiSunterModel.defaults());

    @Test
    void withoutCandidatesTheSubjectIsANewPerson() {
        MatchResult<Long> result = matcher.match(People.semenovaNatalya().build(), List.of());

        assertThat(result.decision().outcome()).isEqualTo(MatchOutcome.NEW_PERSON);
        assertThat(result.decision().rules()).containsExactly(Matcher.NO_CANDIDATE);
        assertThat(result.personId()).isNull();
        assertThat(result.ranking()).isEmpty();
    }

    @Test
    void candidatesAreRankedBestFirstAndTheBestIsChosen() {
        LinkageRecord subject = People.semenovaNatalya().build();
        List<Candidate<Long>> candidates = List.of(
                new Candidate<>(
                        1L,
                        People.semenovaNatalya()
                                .givenName("ольга", Set.of("ольга"), "олк")
                                .build()),
                new Candidate<>(2L, People.semenovaNatalya().build()),
                new Candidate<>(
                        3L,
                        People.semenovaNatalya()
                                .birthDate(LocalDate.of(2010, 5, 13))
                                .build()));

        MatchResult<Long> result = matcher.match(subject, candidates);

        assertThat(result.ranking()).extracting(RankedCandidate::id).containsExactly(2L, 3L, 1L);
        assertThat(result.personId()).isEqualTo(2L);
        assertThat(result.decision()).isEqualTo(result.ranking().get(0).decision());
    }

    @Test
    void twoCandidatesThatWouldBothBeLinkedGoToReview() {
        // A person entered twice in the registry: the link waits for a screener, who can merge the two.
        List<Candidate<Long>> duplicates = List.of(
                new Candidate<>(1L, People.semenovaNatalya().build()),
                new Candidate<>(2L, People.semenovaNatalya().build()));

        MatchResult<Long> result = matcher.match(People.semenovaNatalya().build(), duplicates);

        assertThat(result.decision().outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(result.decision().rules()).contains(Matcher.AMBIGUOUS_CANDIDATES);
        assertThat(result.personId()).isEqualTo(1L);
    }

    @Test
    void aReviewPointsToTheBestCandidate() {
        LinkageRecord registry = People.ivanovaMaria().build();
        LinkageRecord maiden = People.ivanovaMaria()
                .surname("кузнецова", "кузнецов", "кзнцф")
                .territoryCode(null)
                .build();

        MatchResult<String> result = matcher.match(maiden, List.of(new Candidate<>("maria", registry)));

        assertThat(result.decision().outcome()).isEqualTo(MatchOutcome.REVIEW);
        assertThat(result.personId()).isEqualTo("maria");
    }
}
