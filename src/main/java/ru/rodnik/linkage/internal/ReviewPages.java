package ru.rodnik.linkage.internal;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/linkage/reviews")
class ReviewPages {

    private final ReviewQueue queue;

    ReviewPages(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", queue.pending());
        model.addAttribute("total", queue.countPending());
        return "linkage/reviews";
    }

    @GetMapping("/{id}")
    String item(@PathVariable UUID id, Model model) {
        model.addAttribute("item", queue.item(id));
        return "linkage/review";
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @PathVariable UUID id,
            @RequestParam UUID personId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        queue.confirm(id, personId, version);
        redirect.addFlashAttribute("resolved", "confirmed");
        return "redirect:/linkage/reviews";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        queue.reject(id, version);
        redirect.addFlashAttribute("resolved", "rejected");
        return "redirect:/linkage/reviews";
    }
}
