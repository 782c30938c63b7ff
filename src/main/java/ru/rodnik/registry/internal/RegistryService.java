package ru.rodnik.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.ConcurrentChangeException;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.registry.Family;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.NameNormaliser;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.PersonsMerged;
import ru.rodnik.registry.PersonsUnmerged;
import ru.rodnik.registry.Registry;
import ru.rodnik.registry.Relationship;
import ru.rodnik.registry.RelationshipKind;
import ru.rodnik.registry.Snils;

@Service
class RegistryService implements Registry {

    static final String PERSON = "PERSON";
    static final String FAMILY = "FAMILY";

    private final PersonRepository persons;
    private final FamilyRepository families;
    private final NameNormaliser names;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegistryService(
            PersonRepository persons,
            FamilyRepository families,
            NameNormaliser names,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.persons = persons;
        this.families = families;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public List<FieldViolation> check(PersonDetails details, String fieldPrefix) {
        return PersonDetailsCheck.violations(details, LocalDate.now(clock), fieldPrefix);
    }

    @Override
    @Transactional
    public PersonId registerPerson(String regionCode, PersonDetails details) {
        PersonDetailsCheck.require(details, LocalDate.now(clock));
        Person person = newPerson(regionCode, details);
        PersonId id = person.id();
        persons.insert(person, comparable(person), clock.instant());
        audit.record(AuditAction.CREATE, AuditSubject.of(PERSON, id));
        return id;
    }

    @Override
    @Transactional
    public List<PersonId> registerAll(String regionCode, List<PersonDetails> people) {
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            violations.addAll(PersonDetailsCheck.violations(people.get(i), today, "people[" + i + "]."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<PersonRepository.NewPerson> rows = new ArrayList<>(people.size());
        for (PersonDetails details : people) {
            Person person = newPerson(regionCode, details);
            rows.add(new PersonRepository.NewPerson(person, comparable(person)));
        }
        persons.insertAll(rows, clock.instant());
        List<PersonId> ids = rows.stream().map(row -> row.person().id()).toList();
        audit.recordAll(
                AuditAction.CREATE,
                ids.stream().map(id -> AuditSubject.of(PERSON, id)).toList(),
                "bulk registration");
        return ids;
    }

    /** A new person from checked details, written as given apart from surrounding blanks and SNILS punctuation. */
    private static Person newPerson(String regionCode, PersonDetails details) {
        return new Person(
                PersonId.newId(),
                regionCode,
                details.lastName().strip(),
                details.firstName().strip(),
                blankToNull(details.patronymic()),
                details.birthDate(),
                details.sex(),
                details.snils() == null
                        ? null
                        : Snils.parse(details.snils()).map(Snils::digits).orElse(null),
                blankToNull(details.birthCertificate()),
                blankToNull(details.phone()),
                null,
                0);
    }

    @Override
    @Transactional
    public Optional<Person> person(PersonId id) {
        Optional<Person> person = persons.find(id);
        person.ifPresent(found -> audit.record(AuditAction.READ, AuditSubject.of(PERSON, id)));
        return person;
    }

    @Override
    @Transactional
    public List<PersonSearchHit> search(String regionCode, String text, @Nullable LocalDate birthDate, int limit) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<PersonRepository.ScoredId> found =
                persons.search(SearchTerms.of(regionCode, tokens, birthDate, names, persons::nearestNameKeys), limit);
        Map<UUID, Person> byId = persons
                .findAll(found.stream().map(PersonRepository.ScoredId::id).toList())
                .stream()
                .collect(Collectors.toMap(person -> person.id().value(), Function.identity()));
        Map<PersonId, List<FamilyId>> familiesOf = families.familiesOfAll(
                found.stream().map(scored -> new PersonId(scored.id())).toList());
        List<PersonSearchHit> hits = new ArrayList<>();
        for (PersonRepository.ScoredId scored : found) {
            Person person = byId.get(scored.id());
            hits.add(new PersonSearchHit(person, scored.score(), familiesOf.getOrDefault(person.id(), List.of())));
        }
        // The query itself holds names: the audit keeps only that a search ran and how much it showed.
        audit.record(AuditAction.SEARCH, AuditSubject.ofType(PERSON), "hits " + hits.size());
        return hits;
    }

    @Override
    @Transactional
    public FamilyId registerFamily(String regionCode, @Nullable String territoryCode, @Nullable String addressText) {
        FamilyId id = FamilyId.newId();
        families.insert(id, regionCode, territoryCode, blankToNull(addressText), clock.instant());
        audit.record(AuditAction.CREATE, AuditSubject.of(FAMILY, id));
        return id;
    }

    @Override
    @Transactional
    public void addMember(FamilyId family, PersonId person, FamilyRole role, @Nullable LocalDate from) {
        if (families.addMemberIfAbsent(family, person, role, from)) {
            audit.record(AuditAction.UPDATE, AuditSubject.of(FAMILY, family), "member added as " + role);
            return;
        }
        // Nothing added: a current member in that role already, or the reason is an error to report.
        String region = families.regionOf(family).orElseThrow(() -> new NotFoundException(FAMILY, family));
        Person member = persons.find(person).orElseThrow(() -> new NotFoundException(PERSON, person));
        if (!region.equals(member.regionCode())) {
            throw new IllegalArgumentException("A family and its members belong to one region");
        }
    }

    @Override
    @Transactional
    public void relate(PersonId person, RelationshipKind kind, PersonId related) {
        if (person.equals(related)) {
            throw new IllegalArgumentException("A person is not related to itself");
        }
        Person one = persons.find(person).orElseThrow(() -> new NotFoundException(PERSON, person));
        Person other = persons.find(related).orElseThrow(() -> new NotFoundException(PERSON, related));
        if (!one.regionCode().equals(other.regionCode())) {
            throw new IllegalArgumentException("Related persons belong to one region");
        }
        families.relate(person, kind, related, one.regionCode());
        audit.record(AuditAction.UPDATE, AuditSubject.of(PERSON, person), kind + " " + related);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Relationship> relationshipsOf(PersonId person) {
        return families.relationshipsOf(person).stream()
                .map(row ->
                        new Relationship(row.kind(), persons.find(row.other()).orElseThrow(), row.outgoing()))
                .toList();
    }

    @Override
    @Transactional
    public Optional<Family> family(FamilyId id) {
        Optional<Family> family = families.find(id);
        family.ifPresent(found -> audit.record(AuditAction.READ, AuditSubject.of(FAMILY, id)));
        return family;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FamilyId> familiesOf(PersonId person) {
        return families.familiesOf(person);
    }

    @Override
    @Transactional
    public void merge(PersonId survivor, PersonId duplicate) {
        if (survivor.equals(duplicate)) {
            throw new IllegalArgumentException("A person cannot be merged into itself");
        }
        Person kept = persons.find(survivor).orElseThrow(() -> new NotFoundException(PERSON, survivor));
        Person gone = persons.find(duplicate).orElseThrow(() -> new NotFoundException(PERSON, duplicate));
        if (kept.mergedInto() != null || gone.mergedInto() != null) {
            throw new IllegalStateException("Only current persons can be merged");
        }
        if (!kept.regionCode().equals(gone.regionCode())) {
            throw new IllegalArgumentException("Persons of different regions cannot be merged");
        }
        if (!persons.mergedInto(duplicate).isEmpty()) {
            // Keep the chain one step long, so that "current" is one look-up and unmerge undoes exactly one merge.
            throw new IllegalStateException("Unmerge the duplicates of " + duplicate + " first");
        }
        if (!persons.setMergedInto(duplicate, survivor, gone.version())) {
            throw new ConcurrentChangeException(PERSON, duplicate);
        }
        audit.record(AuditAction.MERGE, AuditSubject.of(PERSON, duplicate), "into " + survivor);
        audit.record(AuditAction.MERGE, AuditSubject.of(PERSON, survivor), "absorbed " + duplicate);
        events.publishEvent(new PersonsMerged(survivor, duplicate));
    }

    @Override
    @Transactional
    public void unmerge(PersonId duplicate) {
        Person gone = persons.find(duplicate).orElseThrow(() -> new NotFoundException(PERSON, duplicate));
        PersonId survivor = gone.mergedInto();
        if (survivor == null) {
            throw new IllegalStateException(duplicate + " is not merged");
        }
        if (!persons.setMergedInto(duplicate, null, gone.version())) {
            throw new ConcurrentChangeException(PERSON, duplicate);
        }
        audit.record(AuditAction.UNMERGE, AuditSubject.of(PERSON, duplicate), "from " + survivor);
        audit.record(AuditAction.UNMERGE, AuditSubject.of(PERSON, survivor), "released " + duplicate);
        events.publishEvent(new PersonsUnmerged(survivor, duplicate));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> duplicatesOf(PersonId survivor) {
        return persons.mergedInto(survivor);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonId current(PersonId id) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException(PERSON, id));
        return person.mergedInto() == null ? id : person.mergedInto();
    }

    private PersonRepository.ComparableNames comparable(Person person) {
        List<String> givenKeys = List.copyOf(names.givenNameKeys(person.firstName()));
        return new PersonRepository.ComparableNames(
                names.normalise(person.lastName()),
                names.normalise(person.firstName()),
                person.patronymic() == null ? null : names.normalise(person.patronymic()),
                names.surnameKey(person.lastName()),
                givenKeys);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.strip().split("[\\s,]+")) {
            if (token.chars().anyMatch(Character::isLetter)) {
                tokens.add(token);
            }
        }
        return tokens.size() > 4 ? tokens.subList(0, 4) : tokens;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
