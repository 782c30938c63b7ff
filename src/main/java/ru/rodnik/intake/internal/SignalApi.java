package ru.rodnik.intake.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.directory.Directory;
import ru.rodnik.intake.ScreeningDecision;
import ru.rodnik.intake.SignalStatus;
import ru.rodnik.intake.Urgency;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.FamilyRole;

@RestController
@Tag(name = "Signals", description = "Сигналы о неблагополучии семей с детьми")
class SignalApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SignalIntake intake;
    private final Directory directory;

    SignalApi(SignalIntake intake, Directory directory) {
        this.intake = intake;
        this.directory = directory;
    }

    /** The answer to a report: the same for the first request and for every retry of it. */
    record SignalReceipt(
            UUID id,
            @Nullable String externalId,
            SignalStatus status,
            Urgency urgency,
            List<String> indicators,
            Instant receivedAt) {}

    record SignalView(
            UUID id,
            @Nullable String externalId,
            SignalStatus status,
            Urgency urgency,
            List<String> indicators,
            Instant receivedAt,
            @Nullable DecisionView decision,
            // Absent, not empty, for a reporter: it may not know whom the family centre found.
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            List<SubjectView> subjects) {}

    record SubjectView(
            FamilyRole role,
            LinkStatus match,
            @Nullable UUID personId,
            @Nullable UUID familyId) {}

    /**
     * The screening decision. A reporter learns when and, for a referral, to whom; the family centre also sees the
     * decision's kind, the case and the reason (which may name people).
     */
    record DecisionView(
            Instant decidedAt,
            @Nullable OrganisationView referredTo,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            ScreeningDecision kind,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            UUID caseId,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String reason) {}

    record OrganisationView(UUID id, String name) {}

    /** A line of the feed: what a partner system needs to show its users what became of their reports. */
    record SignalChange(
            UUID id,
            @Nullable String externalId,
            SignalStatus status,
            Urgency urgency,
            Instant receivedAt,
            @Nullable Instant decidedAt,
            @Nullable OrganisationView referredTo) {}

    /** @param nextCursor pass it back as {@code cursor} to get what changed after the last line */
    record SignalFeed(List<SignalChange> signals, @Nullable String nextCursor) {}

    static final int FEED_LIMIT = 500;

    /** 201 with {@code Location} when stored, 200 with the first answer for a retry; the signal is committed first. */
    @PostMapping(path = "/api/v1/signals", consumes = "application/json")
    @Operation(summary = "Report a signal; Idempotency-Key (or externalId) makes retries safe")
    ResponseEntity<SignalReceipt> report(
            @RequestBody SignalReport report,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        SignalIntake.Intake received = intake.receive(report, key);
        Signal signal = received.signal();
        SignalReceipt receipt = new SignalReceipt(
                signal.id(),
                signal.externalId(),
                signal.status(),
                signal.urgency(),
                signal.indicators(),
                signal.receivedAt());
        return received.created()
                ? ResponseEntity.created(URI.create("/api/v1/signals/" + signal.id()))
                        .body(receipt)
                : ResponseEntity.ok(receipt);
    }

    @GetMapping("/api/v1/signals/{id}")
    @Operation(summary = "A signal as the caller may see it; the family centre also sees whom it concerns")
    SignalView signal(@PathVariable UUID id) {
        SignalIntake.Visible visible = intake.read(id);
        Signal signal = visible.signal();
        boolean centre = visible.withSubjects();
        List<SubjectView> subjects = centre
                ? signal.subjects().stream()
                        .map(s -> new SubjectView(s.role(), s.match(), s.personId(), s.familyId()))
                        .toList()
                : null;
        Signal.Decision decision = signal.screening().decision();
        DecisionView decisionView = decision == null
                ? null
                : new DecisionView(
                        decision.decidedAt(),
                        organisation(decision.referredTo()),
                        centre ? decision.kind() : null,
                        centre ? decision.caseId() : null,
                        centre ? decision.reason() : null);
        return new SignalView(
                signal.id(),
                signal.externalId(),
                signal.status(),
                signal.urgency(),
                signal.indicators(),
                signal.receivedAt(),
                decisionView,
                subjects);
    }

    /**
     * The caller organisation's signals in the order they changed (received, decided), from a cursor on: a partner
     * system polls it to learn the decisions about its reports without asking for each one.
     */
    @GetMapping("/api/v1/signals")
    @Operation(summary = "Your organisation's signals in the order they changed; poll with the returned cursor")
    SignalFeed feed(
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > FEED_LIMIT) {
            throw new InvalidInputException(FieldViolation.of("limit", "E4020", "intake.feed.limit", FEED_LIMIT));
        }
        FeedPosition after = FeedPosition.parse(cursor);
        List<SignalChange> changes =
                intake.changed(after == null ? null : after.at(), after == null ? null : after.id(), limit).stream()
                        .map(line -> new SignalChange(
                                line.id(),
                                line.externalId(),
                                line.status(),
                                line.urgency(),
                                line.receivedAt(),
                                line.decidedAt(),
                                organisation(line.referredTo())))
                        .toList();
        String next = changes.isEmpty()
                ? cursor
                : FeedPosition.of(changes.get(changes.size() - 1)).toString();
        return new SignalFeed(changes, next);
    }

    private @Nullable OrganisationView organisation(@Nullable UUID id) {
        return id == null
                ? null
                : directory
                        .organisation(id)
                        .map(o -> new OrganisationView(o.id(), o.name()))
                        .orElse(null);
    }

    /** A place in the feed: when the signal last changed, and its id to order signals that changed at once. */
    record FeedPosition(Instant at, UUID id) {

        static FeedPosition of(SignalChange change) {
            return new FeedPosition(change.decidedAt() != null ? change.decidedAt() : change.receivedAt(), change.id());
        }

        static @Nullable FeedPosition parse(@Nullable String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            int split = cursor.indexOf('_');
            try {
                return new FeedPosition(
                        Instant.parse(cursor.substring(0, split)), UUID.fromString(cursor.substring(split + 1)));
            } catch (RuntimeException e) {
                throw new InvalidInputException(FieldViolation.of("cursor", "E4021", "intake.feed.cursor"));
            }
        }

        @Override
        public String toString() {
            return at + "_" + id;
        }
    }
}
