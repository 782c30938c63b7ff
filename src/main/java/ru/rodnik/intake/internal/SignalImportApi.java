package ru.rodnik.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import for partner systems: the file is imported while the request waits, and the answer is the per-row
 * report. The report stays readable under the batch id, e.g. for a client whose connection broke meanwhile. A large
 * file holds a request for minutes, longer than many proxies wait: with {@code Prefer: respond-async} (RFC 7240) the
 * answer comes at once, 202 with the batch's address, and the client reads the report there as the rows go in.
 */
@RestController
@Tag(name = "Signals", description = "Сигналы о неблагополучии семей с детьми")
class SignalImportApi {

    static final String PATH = "/api/v1/signals/import";

    /** What the endpoint reads: CSV and XLSX, told apart by content. */
    static final List<MediaType> SUPPORTED = List.of(
            MediaType.parseMediaType("text/csv"),
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    static final String RESPOND_ASYNC = "respond-async";
    /** When a client refused for busy workers may try again. */
    static final String RETRY_AFTER_SECONDS = "60";

    private final SignalImportFile files;
    private final SignalImport imports;
    private final SignalImportWorker worker;
    private final MessageSource messages;

    SignalImportApi(SignalImportFile files, SignalImport imports, SignalImportWorker worker, MessageSource messages) {
        this.files = files;
        this.imports = imports;
        this.worker = worker;
        this.messages = messages;
    }

    /**
     * 200 with the report once every row is handled: valid rows are stored, invalid rows listed with their column
     * and reason; with {@code Prefer: respond-async}, 202 at once with the report so far and its address in
     * {@code Location}, or 503 with {@code Retry-After} while the node's import workers are all busy. 415 for a file
     * that is neither CSV nor XLSX, 422 for one that cannot be read (its {@code errors} name the field {@code file}),
     * 413 above the size limit.
     */
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import signals from a CSV or XLSX file (part \"file\"); answers with a per-row report, or at"
                    + " once with 202 and the report's address when sent with Prefer: respond-async. Rows are"
                    + " idempotent by externalId or by content: uploading the same file again adds nothing")
    ResponseEntity<SignalImportReport> importFile(
            @RequestPart("file") MultipartFile file,
            @RequestHeader(name = "Prefer", required = false) @Nullable String prefer)
            throws HttpMediaTypeNotSupportedException {
        if (file.getSize() > files.maxSize()) {
            throw new MaxUploadSizeExceededException(files.maxSize());
        }
        SignalImportFile.Parsed parsed;
        try {
            parsed = files.read(file);
        } catch (SignalImportFile.Unsupported e) {
            throw new HttpMediaTypeNotSupportedException(contentType(file), SUPPORTED);
        }
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains(RESPOND_ASYNC)) {
            SignalImportRepository.Batch started =
                    worker.start(file.getOriginalFilename(), parsed).orElseThrow(this::busy);
            return ResponseEntity.accepted()
                    .location(URI.create(PATH + "/" + started.id()))
                    .header("Preference-Applied", RESPOND_ASYNC)
                    .body(report(started.id()));
        }
        SignalImportRepository.Batch batch = imports.start(file.getOriginalFilename(), parsed);
        imports.run(batch, parsed.rows(), () -> false);
        return ResponseEntity.ok(report(batch.id()));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "The report of an import of the caller's organisation")
    SignalImportReport report(@PathVariable UUID id) {
        return SignalImportReport.of(imports.report(id), messages, LocaleContextHolder.getLocale());
    }

    private ErrorResponseException busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("intake.import.busy", null, LocaleContextHolder.getLocale()));
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return busy;
    }

    private static MediaType contentType(MultipartFile file) {
        try {
            return file.getContentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType());
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
