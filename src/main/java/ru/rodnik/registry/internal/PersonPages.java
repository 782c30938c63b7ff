package ru.rodnik.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.registry.FamilyId;
import ru.rodnik.registry.Person;
import ru.rodnik.registry.PersonId;
import ru.rodnik.registry.PersonSearchHit;

@Controller
class PersonPages {

    private final PersonQueries queries;
    private final DuplicateMerging merging;

    PersonPages(PersonQueries queries, DuplicateMerging merging) {
        this.queries = queries;
        this.merging = merging;
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
    String person(@PathVariable UUID id, Model model, Authentication user) {
        PersonId personId = new PersonId(id);
        Person person = queries.person(personId);
        model.addAttribute("person", person);
        model.addAttribute("families", queries.familiesOf(personId));
        model.addAttribute("duplicates", queries.duplicatesOf(personId));
        model.addAttribute("relationships", queries.relationshipsOf(personId));
        boolean mayMerge = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SCREENER")
                        || a.getAuthority().equals("ROLE_SUPERVISOR"));
        model.addAttribute("mayMerge", mayMerge);
        model.addAttribute("possibleDuplicates", mayMerge ? merging.possibleDuplicates(person) : List.of());
        return "registry/person";
    }

    @PostMapping("/persons/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam UUID duplicate, RedirectAttributes redirect) {
        merging.merge(new PersonId(id), new PersonId(duplicate));
        redirect.addFlashAttribute("merged", true);
        return "redirect:/persons/" + id;
    }

    @PostMapping("/persons/{id}/unmerge")
    String unmerge(@PathVariable UUID id, RedirectAttributes redirect) {
        merging.unmerge(new PersonId(id));
        redirect.addFlashAttribute("unmerged", true);
        return "redirect:/persons/" + id;
    }

    @GetMapping("/families/{id}")
    String family(@PathVariable UUID id, Model model) {
        model.addAttribute("family", queries.family(new FamilyId(id)));
        return "registry/family";
    }
}
