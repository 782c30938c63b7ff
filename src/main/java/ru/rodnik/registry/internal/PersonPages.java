package ru.rodnik.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;

@Controller
class PersonPages {

    private final PersonQueries queries;

    PersonPages(PersonQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/persons")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate birthDate,
            Model model) {
        List<PersonSearchHit> hits = q == null || q.isBlank() ? List.of() : queries.search(q, birthDate, 20);
        model.addAttribute("q", q);
        model.addAttribute("birthDate", birthDate);
        model.addAttribute("hits", hits);
        model.addAttribute("searched", q != null && !q.isBlank());
        return "registry/persons";
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable UUID id, Model model) {
        PersonId personId = new PersonId(id);
        model.addAttribute("person", queries.person(personId));
        model.addAttribute("families", queries.familiesOf(personId));
        return "registry/person";
    }

    @GetMapping("/families/{id}")
    String family(@PathVariable UUID id, Model model) {
        model.addAttribute("family", queries.family(new FamilyId(id)));
        return "registry/family";
    }
}
