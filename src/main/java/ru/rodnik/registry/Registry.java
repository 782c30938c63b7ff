package ru.rodnik.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ru.rodnik.platform.FieldViolation;

/**
 * What other modules may ask of the registry. Reads and changes are audited here; who may ask is decided by the
 * calling module (a reporter's signal is linked on the reporter's behalf without the reporter seeing anything).
 */
public interface Registry {

    /**
     * The rules a person's details break, with field names under {@code fieldPrefix} (e.g. {@code subjects[1].}),
     * so that a caller can refuse a whole report before anything is stored.
     */
    List<FieldViolation> check(PersonDetails details, String fieldPrefix);

    /** Validates, normalises and stores a new person of the region; invalid details change nothing. */
    PersonId registerPerson(String regionCode, PersonDetails details);

    /**
     * Stores many new persons of the region at once, as when a region's registry is taken over from an earlier
     * system. Every person is checked first, and while any breaks a rule nothing is stored (fields are named
     * {@code people[i].field}); then all are inserted together and each creation is audited. Nobody is compared with
     * anybody: the source is trusted to hold each human being once.
     *
     * @return the new persons' ids, in the order of {@code people}
     */
    List<PersonId> registerAll(String regionCode, List<PersonDetails> people);

    Optional<Person> person(PersonId id);

    /** Typo- and transliteration-tolerant search among the current (not merged) persons of one region, best first. */
    List<PersonSearchHit> search(String regionCode, String text, @Nullable LocalDate birthDate, int limit);

    FamilyId registerFamily(String regionCode, @Nullable String territoryCode, @Nullable String addressText);

    void addMember(FamilyId family, PersonId person, FamilyRole role, @Nullable LocalDate from);

    Optional<Family> family(FamilyId id);

    /** Records that {@code person} is {@code kind} {@code related} (e.g. the mother is PARENT_OF the child). */
    void relate(PersonId person, RelationshipKind kind, PersonId related);

    /** Relationships of the person in both directions, each with the other person. */
    List<Relationship> relationshipsOf(PersonId person);

    /** Families of the person and of every duplicate merged into it. */
    List<FamilyId> familiesOf(PersonId person);

    /**
     * Marks {@code duplicate} as the same human being as {@code survivor}. Nothing is rewritten: the duplicate keeps
     * its details and its family memberships and simply points at the survivor, so that {@link #unmerge} restores
     * both persons and all their links exactly.
     */
    void merge(PersonId survivor, PersonId duplicate);

    /** Undoes a merge: the duplicate stands on its own again, with everything it had. */
    void unmerge(PersonId duplicate);

    /** The records merged into this person. */
    List<PersonId> duplicatesOf(PersonId survivor);

    /** The person a record stands for now: itself, or the survivor it was merged into. */
    PersonId current(PersonId id);
}
