package ru.rodnik.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import for partner systems: the file is imported while the request waits, and the answer is the per-row
 * report. The report stays readable under the batch id, e.g. for a client whose connection broke meanwhile.
 */
@RestController
@Tag(name = "Signals", description = "Сигналы о неблагополучии семей с детьми")
class SignalImportApi {

    static final String PATH = "/api/v1/signals/import";

    /** What the endpoint reads: CSV and XLSX, told apart by content. */
    static final List<MediaType> SUPPORTED = List.of(
            MediaType.parseMediaType("text/csv"),
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final SignalImportFile files;
    private final SignalImport imports;
    private final MessageSource messages;

    SignalImportApi(SignalImportFile files, SignalImport imports, MessageSource messages) {
        this.files = files;
        this.imports = imports;
        this.messages = messages;
    }

    /**
     * 200 with the report once every row is handled: valid rows are stored, invalid rows listed with their column
     * and reason. 415 for a file that is neither CSV nor XLSX, 422 for one that cannot be read (its {@code errors}
     * name the field {@code file}), 413 above the size limit.
     */
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import signals from a CSV or XLSX file (part \"file\"); answers with a per-row report. "
                    + "Rows are idempotent by externalId or by content: uploading the same file again adds nothing")
    SignalImportReport importFile(@RequestPart("file") MultipartFile file) throws HttpMediaTypeNotSupportedException {
        if (file.getSize() > files.maxSize()) {
            throw new MaxUploadSizeExceededException(files.maxSize());
        }
        SignalImportFile.Parsed parsed;
        try {
            parsed = files.read(file);
        } catch (SignalImportFile.Unsupported e) {
            throw new HttpMediaTypeNotSupportedException(contentType(file), SUPPORTED);
        }
        SignalImportRepository.Batch batch = imports.start(file.getOriginalFilename(), parsed);
        imports.run(batch, parsed.rows(), () -> false);
        return report(batch.id());
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "The report of an import of the caller's organisation")
    SignalImportReport report(@PathVariable UUID id) {
        return SignalImportReport.of(imports.report(id), messages, LocaleContextHolder.getLocale());
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
