package ru.rodnik.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The per-row report of an import, as the API answers it and the upload page shows it: counts, every reason a row was
 * rejected (row as a spreadsheet numbers it, the header being row 1; the column of the file; the stable code; a
 * message in the reader's language) and the signal of every accepted row.
 *
 * @param rows the data rows of the file
 * @param done the rows handled so far ({@code rows} once the import is {@code DONE})
 * @param accepted rows stored as new signals
 * @param alreadyKnown rows whose signal was stored before (same {@code externalId}, or same content without one)
 * @param rejected rows refused; each has at least one entry in {@code errors}
 */
record SignalImportReport(
        UUID id,
        String fileName,
        SignalImportFile.Format format,
        SignalImportRepository.Status status,
        int rows,
        int done,
        int accepted,
        int alreadyKnown,
        int rejected,
        Instant startedAt,
        @Nullable Instant finishedAt,
        List<RowError> errors,
        List<RowSignal> signals) {

    /**
     * One reason a row was rejected.
     *
     * @param column the column code of the file; none for a reason about the whole row
     * @param field the same place in the JSON body of {@code POST /api/v1/signals}, when there is one
     */
    record RowError(
            int row, @Nullable String column, @Nullable String field, String code, String message) {}

    /** The signal of an accepted row; {@code created} is false when it was already known. */
    record RowSignal(int row, UUID id, boolean created) {}

    /** How much of the file is done, 0–100. */
    public int percent() {
        return rows == 0 ? 100 : done * 100 / rows;
    }

    /** The rows of new (or of already known) signals as ranges, e.g. {@code 2–5, 9}. */
    public String rowRanges(boolean created) {
        StringBuilder ranges = new StringBuilder();
        int first = -1;
        int last = -1;
        for (RowSignal signal : signals) {
            if (signal.created() != created) {
                continue;
            }
            if (signal.row() == last + 1) {
                last = signal.row();
                continue;
            }
            appendRange(ranges, first, last);
            first = signal.row();
            last = signal.row();
        }
        appendRange(ranges, first, last);
        return ranges.toString();
    }

    private static void appendRange(StringBuilder ranges, int first, int last) {
        if (first < 0) {
            return;
        }
        if (!ranges.isEmpty()) {
            ranges.append(", ");
        }
        ranges.append(first);
        if (last > first) {
            ranges.append('–').append(last);
        }
    }

    static SignalImportReport of(SignalImport.Report report, MessageSource messages, Locale locale) {
        SignalImportRepository.Batch batch = report.batch();
        return new SignalImportReport(
                batch.id(),
                batch.fileName(),
                batch.format(),
                batch.status(),
                batch.totalRows(),
                batch.doneRows(),
                batch.accepted(),
                batch.alreadyKnown(),
                batch.rejected(),
                batch.startedAt(),
                batch.finishedAt(),
                report.errors().stream()
                        .map(e -> new RowError(
                                e.row(),
                                e.column(),
                                e.field(),
                                e.code(),
                                messages.getMessage(
                                        e.messageKey(), e.arguments().toArray(), e.messageKey(), locale)))
                        .toList(),
                report.signals().stream()
                        .map(s -> new RowSignal(s.row(), s.signalId(), s.created()))
                        .toList());
    }
}
