package ru.rodnik.intake.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;

/**
 * The reporter's upload page: choose a file, then watch its rows being imported (the batch page polls its report
 * every second while the import runs) and read the per-row report. With JavaScript the file is sent by htmx, which
 * shows how much of it has been uploaded; without, the form posts and redirects as usual.
 */
@Controller
@RequestMapping(SignalImportPages.PATH)
class SignalImportPages {

    static final String PATH = "/signals/import";

    private final SignalImportFile files;
    private final SignalImport imports;
    private final SignalImportWorker worker;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final ZoneId zone;

    SignalImportPages(
            SignalImportFile files,
            SignalImport imports,
            SignalImportWorker worker,
            FormErrors formErrors,
            MessageSource messages,
            @Value("${rodnik.time-zone}") ZoneId zone) {
        this.files = files;
        this.imports = imports;
        this.worker = worker;
        this.formErrors = formErrors;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping
    String form(Model model) {
        return form(model, Map.of());
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            return form(model, Map.of("file", text("intake.import.file.required")));
        }
        if (file.getSize() > files.maxSize()) {
            return form(model, Map.of("file", text("intake.import.file.tooLarge", files.maxSize() / (1024 * 1024))));
        }
        Optional<SignalImportRepository.Batch> started;
        try {
            started = worker.start(file.getOriginalFilename(), files.read(file));
        } catch (SignalImportFile.Unsupported e) {
            return form(model, Map.of("file", text(e.messageKey())));
        } catch (InvalidInputException e) {
            return form(model, formErrors.of(e));
        }
        if (started.isEmpty()) {
            return form(model, Map.of("file", text("intake.import.busy")));
        }
        UUID id = started.get().id();
        if (htmx == null) {
            return "redirect:" + PATH + "/" + id;
        }
        // htmx swaps the batch page in and shows its address, as a redirect would.
        response.setHeader("HX-Push-Url", PATH + "/" + id);
        return batch(id, model);
    }

    @GetMapping("/{id}")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("report", report(id));
        model.addAttribute("zone", zone);
        return "intake/import-batch";
    }

    /** The report alone, which the batch page polls while the import runs; it stops polling once the import ends. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("report", report(id));
        model.addAttribute("zone", zone);
        return "intake/import-batch :: report";
    }

    private SignalImportReport report(UUID id) {
        return SignalImportReport.of(imports.report(id), messages, LocaleContextHolder.getLocale());
    }

    private String form(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("recent", imports.recent());
        model.addAttribute("zone", zone);
        model.addAttribute("maxMegabytes", files.maxSize() / (1024 * 1024));
        model.addAttribute("maxRows", files.maxRows());
        return "intake/import";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
