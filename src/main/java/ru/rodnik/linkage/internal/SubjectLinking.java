package ru.rodnik.linkage.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.MatchOutcome;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;

@Service
class SubjectLinking implements Linkage {

    /** More candidates than this means the keys were too common to tell anyone apart; the best few are enough. */
    static final int MAX_CANDIDATES = 50;

    private final LinkageRecords records;
    private final LinkagePersonRepository index;
    private final MatchDecisionRepository decisions;
    private final Registry registry;
    private final AuditLog audit;
    private final Clock clock;
    private final NameFrequencyCache frequencies;
    private final ConfirmedSpellings spellings;
    private final FellegiSunterModel model = FellegiSunterModel.defaults();
    private final BlockingKeys blocking = new BlockingKeys();

    SubjectLinking(
            LinkageRecords records,
            LinkagePersonRepository index,
            MatchDecisionRepository decisions,
            Registry registry,
            AuditLog audit,
            Clock clock,
            NameFrequencyCache frequencies,
            ConfirmedSpellings spellings) {
        this.frequencies = frequencies;
        this.spellings = spellings;
        this.records = records;
        this.index = index;
        this.decisions = decisions;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<SubjectLink> link(
            String regionCode, List<Subject> subjects, String source, @Nullable String sourceRef) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            violations.addAll(registry.check(subjects.get(i).details(), "subjects[" + i + "]."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<LinkageRecord> alone = subjects.stream()
                .map(subject -> records.of(subject.details(), subject.territoryCode(), subject.addressText(), Set.of()))
                .toList();
        List<SubjectLink> links = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            String ref = sourceRef == null ? null : sourceRef + "#" + i;
            if (ref != null) {
                var earlier = decisions.findBySource(source, ref);
                if (earlier.isPresent()) {
                    var found = earlier.get();
                    links.add(
                            new SubjectLink(found.id(), found.status(), personOf(found.personId()), found.decision()));
                    continue;
                }
            }
            links.add(linkOne(regionCode, subjects.get(i), withCompanions(alone, i), source, ref));
        }
        return links;
    }

    private SubjectLink linkOne(
            String region, Subject subject, LinkageRecord record, String source, @Nullable String ref) {
        List<Candidate<UUID>> candidates = index.candidates(region, blocking.soughtUnder(record), MAX_CANDIDATES);
        MatchResult<UUID> result = new Matcher(model, frequencies.of(region)).match(record, candidates);
        MatchDecision decision = result.decision();
        UUID personId;
        LinkStatus status;
        if (decision.outcome() == MatchOutcome.AUTO_LINK) {
            personId = result.personId();
            status = LinkStatus.AUTO_LINKED;
            audit.record(AuditAction.LINK, AuditSubject.of("PERSON", personId), "auto, score " + decision.score());
        } else if (decision.outcome() == MatchOutcome.NEW_PERSON) {
            personId = register(region, subject.details(), record).value();
            status = LinkStatus.NEW_PERSON;
        } else {
            personId = null;
            status = LinkStatus.NEEDS_REVIEW;
        }
        UUID decisionId = UUID.randomUUID();
        decisions.insert(new MatchDecisionRepository.StoredDecision(
                decisionId,
                region,
                source,
                ref,
                subject,
                status,
                decision,
                result.ranking().stream()
                        .limit(5)
                        .map(ranked -> new MatchDecisionRepository.StoredCandidate(ranked.id(), ranked.decision()))
                        .toList(),
                personId,
                clock.instant(),
                null,
                0));
        return new SubjectLink(decisionId, status, personOf(personId), decision);
    }

    /**
     * Files a spelling a screener confirmed for a person, so that the next report written the same way is linked
     * without review: this is how review decisions feed back into linkage.
     */
    void learn(UUID personId, String region, UUID decisionId, Subject subject) {
        LinkageRecord spelling =
                records.of(subject.details(), subject.territoryCode(), subject.addressText(), Set.of());
        spellings.add(personId, region, decisionId, spelling, blocking.filedUnder(spelling), clock.instant());
    }

    /** Registers a new person and files it for the next subject to find. */
    PersonId register(String region, PersonDetails details, LinkageRecord record) {
        PersonId person = registry.registerPerson(region, details);
        index.save(person.value(), region, record, blocking.filedUnder(record));
        return person;
    }

    private static LinkageRecord withCompanions(List<LinkageRecord> alone, int index) {
        List<LinkageRecord> companions = new ArrayList<>(alone);
        LinkageRecord self = companions.remove(index);
        if (companions.isEmpty()) {
            return self;
        }
        return LinkageRecord.builder()
                .surname(self.surname(), self.surnameKey(), self.surnamePhonetic())
                .givenName(self.givenName(), self.givenNameKeys(), self.givenNamePhonetic())
                .patronymic(self.patronymic())
                .birthDate(self.birthDate())
                .sex(self.sex())
                .snils(self.snils())
                .birthCertificate(self.birthCertificate())
                .territoryCode(self.territoryCode())
                .address(self.address())
                .coSubjectKeys(CoSubjectKeys.ofAll(companions))
                .build();
    }

    private static @Nullable PersonId personOf(@Nullable UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
