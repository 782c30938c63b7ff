package ru.rodnik.linkage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.linkage.KnownPerson;
import ru.rodnik.linkage.KnownPersonRegistration;
import ru.rodnik.registry.PersonDetails;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.Registry;

/**
 * Takes over a region's earlier registry: the registry stores the persons in bulk, and each is filed for linkage
 * exactly as {@link SubjectLinking#register} files a new person one at a time — the same normalised record, the same
 * blocking keys, the household's keys as its companions — only written with COPY instead of a statement per row.
 */
@Service
class BulkRegistration implements KnownPersonRegistration {

    private final Registry registry;
    private final LinkageRecords records;
    private final LinkagePersonRepository index;
    private final NameFrequencyCache frequencies;
    private final BlockingKeys blocking = new BlockingKeys();

    BulkRegistration(
            Registry registry, LinkageRecords records, LinkagePersonRepository index, NameFrequencyCache frequencies) {
        this.registry = registry;
        this.records = records;
        this.index = index;
        this.frequencies = frequencies;
    }

    @Override
    @Transactional
    public List<PersonId> registerKnown(String regionCode, List<KnownPerson> people) {
        List<PersonId> ids = registry.registerAll(
                regionCode, people.stream().map(KnownPerson::details).toList());
        List<LinkageRecord> alone = new ArrayList<>(people.size());
        // A family's members name each other: each one's companion keys are computed once, from its own record when
        // it is among the persons, and reused for every member of the household that names it.
        Map<PersonDetails, Set<String>> companionKeys = new HashMap<>();
        for (KnownPerson person : people) {
            LinkageRecord record = records.of(person.details(), person.territoryCode(), person.addressText(), Set.of());
            alone.add(record);
            companionKeys.putIfAbsent(person.details(), CoSubjectKeys.of(record));
        }
        List<LinkagePersonRepository.Filed> filed = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            Set<String> household = new HashSet<>();
            for (PersonDetails member : people.get(i).household()) {
                household.addAll(companionKeys.computeIfAbsent(
                        member, details -> CoSubjectKeys.of(records.of(details, null, null, Set.of()))));
            }
            LinkageRecord record = withCoSubjectKeys(alone.get(i), household);
            filed.add(new LinkagePersonRepository.Filed(ids.get(i).value(), record, blocking.filedUnder(record)));
        }
        index.saveAll(regionCode, filed);
        frequencies.filed(regionCode, filed.size());
        return ids;
    }

    private static LinkageRecord withCoSubjectKeys(LinkageRecord record, Set<String> keys) {
        if (keys.isEmpty()) {
            return record;
        }
        return LinkageRecord.builder()
                .surname(record.surname(), record.surnameKey(), record.surnamePhonetic())
                .givenName(record.givenName(), record.givenNameKeys(), record.givenNamePhonetic())
                .patronymic(record.patronymic())
                .birthDate(record.birthDate())
                .sex(record.sex())
                .snils(record.snils())
                .birthCertificate(record.birthCertificate())
                .territoryCode(record.territoryCode())
                .address(record.address())
                .coSubjectKeys(keys)
                .build();
    }
}
