package ru.rodnik.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import ru.rodnik.platform.CurrentActor;

/** The import template, for partner systems under the API and for reporters beside the upload page. */
@Controller
@Tag(name = "Signals")
class SignalImportTemplates {

    private final SignalImportTemplate template;
    private final CurrentActor actors;

    SignalImportTemplates(SignalImportTemplate template, CurrentActor actors) {
        this.template = template;
        this.actors = actors;
    }

    @GetMapping({SignalImportApi.PATH + "/template.csv", SignalImportPages.PATH + "/template.csv"})
    @Operation(summary = "Template of the import file as CSV (UTF-8, semicolons), with a comment row per column")
    ResponseEntity<byte[]> csv(Locale locale) {
        return download(template.csv(locale), "text/csv;charset=UTF-8", "signals-template.csv");
    }

    @GetMapping({SignalImportApi.PATH + "/template.xlsx", SignalImportPages.PATH + "/template.xlsx"})
    @Operation(summary = "Template of the import file as XLSX, with explanations, indicators and territories")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        String region = Objects.requireNonNull(actors.get().regionCode(), "every reporter has a region");
        return download(
                template.xlsx(locale, region), SignalImportApi.SUPPORTED.get(1).toString(), "signals-template.xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
