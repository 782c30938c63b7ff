package ru.rodnik.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;
import ru.rodnik.registry.Sex;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Поиск лиц (только для семейных центров)")
class PersonsApi {

    private final PersonQueries queries;

    PersonsApi(PersonQueries queries) {
        this.queries = queries;
    }

    record PersonItem(
            String id,
            String lastName,
            String firstName,
            @Nullable String patronymic,
            @Nullable LocalDate birthDate,
            @Nullable Sex sex,
            double score,
            List<String> familyIds) {}

    record PersonView(
            String id,
            String lastName,
            String firstName,
            @Nullable String patronymic,
            @Nullable LocalDate birthDate,
            @Nullable Sex sex,
            @Nullable String snils,
            @Nullable String mergedInto,
            List<String> familyIds) {}

    @GetMapping("/{id}")
    @Operation(summary = "One person of the caller's region")
    PersonView person(@PathVariable UUID id) {
        var person = queries.person(new PersonId(id));
        return new PersonView(
                person.id().toString(),
                person.lastName(),
                person.firstName(),
                person.patronymic(),
                person.birthDate(),
                person.sex(),
                person.snilsFormatted(),
                person.mergedInto() == null ? null : person.mergedInto().toString(),
                queries.familiesOf(person.id()).stream()
                        .map(f -> f.id().toString())
                        .toList());
    }

    @GetMapping
    @Operation(summary = "Typo- and transliteration-tolerant person search, best match first")
    List<PersonItem> search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate birthDate,
            @RequestParam(defaultValue = "20") int limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("q", "E2101", "registry.search.query.required"));
        }
        return queries.search(q, birthDate, limit).stream()
                .map(PersonsApi::item)
                .toList();
    }

    private static PersonItem item(PersonSearchHit hit) {
        var person = hit.person();
        return new PersonItem(
                person.id().toString(),
                person.lastName(),
                person.firstName(),
                person.patronymic(),
                person.birthDate(),
                person.sex(),
                Math.round(hit.score() * 1000) / 1000.0,
                hit.families().stream().map(FamilyId::toString).toList());
    }
}
