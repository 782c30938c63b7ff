package ru.rodnik.linkage.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.Linkage;
import ru.rodnik.linkage.MatchDecision;
import ru.rodnik.linkage.ReportSubjects;
import ru.rodnik.linkage.Subject;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.Uuids;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;

@Service
class SubjectLinking implements Linkage {

    /**
     * The most candidates compared with a subject. They come ranked by the blocking keys they share with it
     * ({@link CandidateLookup}): the right person, when blocking finds it at all, is among the first few, and the rest are
     * namesakes of a common key. A duplicate of the right person in the registry shares its keys and ranks beside it,
     * so that two candidates a subject could each be linked to still meet ({@link Matcher#AMBIGUOUS_CANDIDATES}).
     * Measured at a million persons: 5 instead of 10 made the same automatic links, took 12 of 29,610 reports about
     * registered persons for new persons instead of sending them to review, and cost a tenth less CPU per subject.
     */
    static final int MAX_CANDIDATES = 5;

    /**
     * The best candidates kept with a decision of each outcome. A screener chooses among those of a review; an
     * automatic link keeps the person linked and the runner-up (how far behind it was), a new person the three that came
     * closest — enough to explain the decision, at a fraction of the storage (a decision is written for every subject).
     */
    static int storedCandidates(LinkStatus status) {
        return switch (status) {
            case NEEDS_REVIEW -> 5;
            case NEW_PERSON -> 3;
            default -> 2;
        };
    }

    private final LinkageRecords records;
    private final LinkagePersonRepository index;
    private final CandidateLookup lookup;
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
            CandidateLookup lookup,
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
        this.lookup = lookup;
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
        check(subjects, "subjects[", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<LinkageRecord> alone = alone(subjects);
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

    @Override
    @Transactional
    public List<List<SubjectLink>> linkAll(String regionCode, List<ReportSubjects> reports, String source) {
        List<FieldViolation> violations = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportSubjects report = reports.get(i);
            check(report.subjects(), "reports[" + i + "].subjects[", violations);
            for (int j = 0; j < report.subjects().size(); j++) {
                if (report.sourceRef() != null) {
                    refs.add(report.sourceRef() + "#" + j);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, MatchDecisionRepository.StoredDecision> earlier = decisions.findBySources(source, refs);
        // Every subject to decide, with its keys, so that all candidates are looked up at once.
        List<List<Sought>> sought = new ArrayList<>(reports.size());
        List<CandidateLookup.Sought> keys = new ArrayList<>();
        for (ReportSubjects report : reports) {
            List<Subject> subjects = report.subjects();
            List<LinkageRecord> alone = alone(subjects);
            List<Sought> ofReport = new ArrayList<>(subjects.size());
            for (int j = 0; j < subjects.size(); j++) {
                String ref = report.sourceRef() == null ? null : report.sourceRef() + "#" + j;
                LinkageRecord record = withCompanions(alone, j);
                boolean decided = ref != null && earlier.containsKey(ref);
                ofReport.add(new Sought(subjects.get(j), record, ref, decided ? -1 : keys.size()));
                if (!decided) {
                    keys.add(CandidateLookup.Sought.of(record, blocking.soughtUnder(record)));
                }
            }
            sought.add(ofReport);
        }
        List<List<Candidate<UUID>>> found = lookup.ofAll(regionCode, keys, MAX_CANDIDATES);
        NameFrequencies names = frequencies.of(regionCode);
        PendingLinks pending = new PendingLinks();
        List<List<PendingLinks.Decided>> decided = new ArrayList<>(reports.size());
        for (List<Sought> ofReport : sought) {
            List<PendingLinks.Decided> links = new ArrayList<>(ofReport.size());
            for (Sought one : ofReport) {
                PendingLinks.Decided known = one.ref() == null ? null : known(one.ref(), earlier, pending);
                if (known != null) {
                    links.add(known);
                    continue;
                }
                List<Candidate<UUID>> candidates = new ArrayList<>(found.get(one.lookup()));
                candidates.addAll(pending.newPersonsUnder(keys.get(one.lookup()).keys()));
                links.add(decideInBatch(one, candidates, names, pending));
            }
            decided.add(links);
        }
        Map<UUID, UUID> registered = write(regionCode, source, pending);
        return decided.stream()
                .map(ofReport -> ofReport.stream()
                        .map(one -> new SubjectLink(
                                one.decisionId(),
                                one.status(),
                                personOf(registeredId(registered, one.personId())),
                                one.decision()))
                        .toList())
                .toList();
    }

    private void check(List<Subject> subjects, String prefix, List<FieldViolation> violations) {
        for (int i = 0; i < subjects.size(); i++) {
            violations.addAll(registry.check(subjects.get(i).details(), prefix + i + "]."));
        }
    }

    private List<LinkageRecord> alone(List<Subject> subjects) {
        return subjects.stream()
                .map(subject -> records.of(subject.details(), subject.territoryCode(), subject.addressText(), Set.of()))
                .toList();
    }

    /** A decision stored by an earlier call or made earlier in this one under the same reference; null if none. */
    private static PendingLinks.@Nullable Decided known(
            String ref, Map<String, MatchDecisionRepository.StoredDecision> earlier, PendingLinks pending) {
        var stored = earlier.get(ref);
        if (stored != null) {
            return new PendingLinks.Decided(
                    stored.id(),
                    stored.subject(),
                    ref,
                    stored.status(),
                    stored.decision(),
                    stored.personId(),
                    List.of());
        }
        return pending.byRef(ref);
    }

    /**
     * A subject of a batch to decide.
     *
     * @param lookup where its candidates stand among those looked up; -1 when an earlier call decided it
     */
    private record Sought(
            Subject subject, LinkageRecord record, @Nullable String ref, int lookup) {}

    /** As {@link #linkOne} decides, with the batch's new persons among the candidates and nothing written yet. */
    private PendingLinks.Decided decideInBatch(
            Sought one, List<Candidate<UUID>> candidates, NameFrequencies names, PendingLinks pending) {
        LinkageRecord record = one.record();
        MatchResult<UUID> result = new Matcher(model, names, LocalDate.now(clock)).match(record, candidates);
        Outcome outcome =
                outcome(result, () -> pending.register(one.subject().details(), record, blocking.filedUnder(record)));
        PendingLinks.Decided decided = new PendingLinks.Decided(
                Uuids.timeOrdered(),
                one.subject(),
                one.ref(),
                outcome.status(),
                result.decision(),
                outcome.personId(),
                result.ranking().stream()
                        .limit(storedCandidates(outcome.status()))
                        .toList());
        pending.decided(decided);
        return decided;
    }

    /**
     * Writes what a batch decided: the new persons in bulk (registry and index), then every decision in one statement
     * and the automatic links' audit records in another.
     *
     * @return the registered id of each new person by its provisional id
     */
    private Map<UUID, UUID> write(String region, String source, PendingLinks pending) {
        List<PendingLinks.NewPerson> newPersons = pending.newPersons();
        List<PersonId> ids = registry.registerAll(
                region, newPersons.stream().map(PendingLinks.NewPerson::details).toList());
        Map<UUID, UUID> registered = new HashMap<>();
        List<LinkagePersonRepository.Filed> filed = new ArrayList<>(newPersons.size());
        for (int i = 0; i < newPersons.size(); i++) {
            PendingLinks.NewPerson person = newPersons.get(i);
            registered.put(person.provisionalId(), ids.get(i).value());
            filed.add(new LinkagePersonRepository.Filed(ids.get(i).value(), person.record(), person.keys()));
        }
        index.saveAll(region, filed);
        frequencies.filed(region, filed.size());
        Instant now = clock.instant();
        List<MatchDecisionRepository.StoredDecision> stored = new ArrayList<>();
        List<AuditSubject> linked = new ArrayList<>();
        for (PendingLinks.Decided one : pending.toWrite()) {
            UUID personId = registeredId(registered, one.personId());
            if (one.status() == LinkStatus.AUTO_LINKED) {
                linked.add(AuditSubject.of("PERSON", personId));
            }
            stored.add(new MatchDecisionRepository.StoredDecision(
                    one.decisionId(),
                    region,
                    source,
                    one.ref(),
                    one.subject(),
                    one.status(),
                    one.decision(),
                    one.candidates().stream()
                            .map(ranked -> new MatchDecisionRepository.StoredCandidate(
                                    registered.getOrDefault(ranked.id(), ranked.id()), ranked.decision()))
                            .toList(),
                    personId,
                    now,
                    null,
                    0));
        }
        decisions.insertAll(stored);
        audit.recordAll(AuditAction.LINK, linked, "auto");
        return registered;
    }

    /** The registered id of a person that may have been known by a provisional one. */
    private static @Nullable UUID registeredId(Map<UUID, UUID> registered, @Nullable UUID id) {
        return id == null ? null : registered.getOrDefault(id, id);
    }

    private SubjectLink linkOne(
            String region, Subject subject, LinkageRecord record, String source, @Nullable String ref) {
        List<Candidate<UUID>> candidates =
                lookup.of(region, CandidateLookup.Sought.of(record, blocking.soughtUnder(record)), MAX_CANDIDATES);
        MatchResult<UUID> result =
                new Matcher(model, frequencies.of(region), LocalDate.now(clock)).match(record, candidates);
        MatchDecision decision = result.decision();
        Outcome outcome = outcome(
                result, () -> register(region, subject.details(), record).value());
        if (outcome.status() == LinkStatus.AUTO_LINKED) {
            audit.record(
                    AuditAction.LINK, AuditSubject.of("PERSON", outcome.personId()), "auto, score " + decision.score());
        }
        UUID decisionId = Uuids.timeOrdered();
        decisions.insert(new MatchDecisionRepository.StoredDecision(
                decisionId,
                region,
                source,
                ref,
                subject,
                outcome.status(),
                decision,
                result.ranking().stream()
                        .limit(storedCandidates(outcome.status()))
                        .map(ranked -> new MatchDecisionRepository.StoredCandidate(ranked.id(), ranked.decision()))
                        .toList(),
                outcome.personId(),
                clock.instant(),
                null,
                0));
        return new SubjectLink(decisionId, outcome.status(), personOf(outcome.personId()), decision);
    }

    /** What a subject's decision makes of it, and the person it then stands for. */
    private record Outcome(LinkStatus status, @Nullable UUID personId) {}

    private static Outcome outcome(MatchResult<UUID> result, Supplier<UUID> registerNewPerson) {
        return switch (result.decision().outcome()) {
            case AUTO_LINK -> new Outcome(LinkStatus.AUTO_LINKED, result.personId());
            case NEW_PERSON -> new Outcome(LinkStatus.NEW_PERSON, registerNewPerson.get());
            case REVIEW -> new Outcome(LinkStatus.NEEDS_REVIEW, null);
        };
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
        frequencies.filed(region, 1);
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
