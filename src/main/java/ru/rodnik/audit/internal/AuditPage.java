package ru.rodnik.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;

@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditPage {

    private final AuditSearch search;
    private final AuditLog audit;
    private final ZoneId zone;

    AuditPage(AuditSearch search, AuditLog audit, @Value("${rodnik.time-zone}") ZoneId zone) {
        this.search = search;
        this.audit = audit;
        this.zone = zone;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        var query = new AuditSearch.Query(actor, subjectType, subjectId, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entries", search.find(query, zone));
        model.addAttribute("zone", zone);
        model.addAttribute("pageSize", AuditSearch.PAGE_SIZE);
        // Reading the audit log reveals who looked at which family: that read is itself audited.
        audit.record(AuditAction.SEARCH, AuditSubject.ofType("AUDIT_LOG"));
        return "audit/search";
    }
}
