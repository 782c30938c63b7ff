package ru.rodnik.casework.internal;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.rodnik.casework.CaseId;

@Controller
class CasePages {

    private final CaseService cases;

    CasePages(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("found", cases.read(new CaseId(id)));
        return "casework/case";
    }
}
