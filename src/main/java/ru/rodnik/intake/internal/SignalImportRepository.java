package ru.rodnik.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SignalImportRepository {

    private static final TypeReference<List<Object>> ARGUMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SignalImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    enum Status {
        RUNNING,
        DONE,
        INTERRUPTED
    }

    enum Outcome {
        ACCEPTED,
        ALREADY_KNOWN,
        REJECTED
    }

    /** An import batch: one uploaded file and how far its rows have come. */
    record Batch(
            UUID id,
            String regionCode,
            UUID organisationId,
            String fileName,
            SignalImportFile.Format format,
            Status status,
            int totalRows,
            int doneRows,
            int accepted,
            int alreadyKnown,
            int rejected,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    /** A row whose signal was stored now or before. */
    record RowSignal(int row, UUID signalId, boolean created) {}

    /** One reason why a row was rejected. */
    record RowError(
            int row,
            @Nullable String column,
            @Nullable String field,
            String code,
            String messageKey,
            List<Object> arguments) {}

    void start(
            UUID id,
            String region,
            UUID organisation,
            String startedBy,
            String fileName,
            SignalImportFile.Format format,
            int totalRows,
            Instant now) {
        jdbc.sql("""
                insert into signal_import (id, region_code, organisation_id, started_by, file_name, file_format,
                                           status, total_rows, started_at, heartbeat_at)
                values (:id, :region, :organisation, :startedBy, :fileName, :format, 'RUNNING', :total, :now, :now)
                """)
                .param("id", id)
                .param("region", region)
                .param("organisation", organisation)
                .param("startedBy", startedBy)
                .param("fileName", fileName)
                .param("format", format.name())
                .param("total", totalRows)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Records what became of one row and moves the counters on, in the caller's transaction (the one that stored the
     * row's signal). Nothing is recorded for a batch that is no longer running.
     *
     * @return whether the batch was still running
     */
    boolean recordRow(
            Batch batch, int row, Outcome outcome, @Nullable UUID signal, List<RowError> errors, Instant now) {
        boolean running = jdbc.sql("""
                        update signal_import
                        set done_rows = done_rows + 1,
                            accepted = accepted + :accepted,
                            already_known = already_known + :known,
                            rejected = rejected + :rejected,
                            heartbeat_at = :now
                        where id = :id and status = 'RUNNING'
                        """)
                        .param("id", batch.id())
                        .param("accepted", outcome == Outcome.ACCEPTED ? 1 : 0)
                        .param("known", outcome == Outcome.ALREADY_KNOWN ? 1 : 0)
                        .param("rejected", outcome == Outcome.REJECTED ? 1 : 0)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
        if (!running) {
            return false;
        }
        jdbc.sql("""
                insert into signal_import_row (import_id, region_code, row_number, outcome, signal_id)
                values (:id, :region, :row, :outcome, :signal)
                """)
                .param("id", batch.id())
                .param("region", batch.regionCode())
                .param("row", row)
                .param("outcome", outcome.name())
                .param("signal", signal)
                .update();
        for (int i = 0; i < errors.size(); i++) {
            RowError error = errors.get(i);
            jdbc.sql("""
                    insert into signal_import_error (import_id, region_code, row_number, position, column_code, field,
                                                     code, message_key, arguments)
                    values (:id, :region, :row, :position, :column, :field, :code, :key, cast(:arguments as jsonb))
                    """)
                    .param("id", batch.id())
                    .param("region", batch.regionCode())
                    .param("row", row)
                    .param("position", i)
                    .param("column", error.column())
                    .param("field", error.field())
                    .param("code", error.code())
                    .param("key", error.messageKey())
                    .param("arguments", json.writeValueAsString(error.arguments()))
                    .update();
        }
        return true;
    }

    void finish(UUID id, Instant now) {
        jdbc.sql("""
                update signal_import set status = 'DONE', finished_at = :now, heartbeat_at = :now
                where id = :id and status = 'RUNNING'""").param("id", id).param("now", Timestamp.from(now)).update();
    }

    void interrupt(UUID id, Instant now) {
        jdbc.sql("""
                update signal_import set status = 'INTERRUPTED', finished_at = :now
                where id = :id and status = 'RUNNING'""").param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Marks the batch interrupted when it is running but its worker has not been heard of since {@code silentSince}. */
    boolean interruptIfSilent(UUID id, Instant silentSince, Instant now) {
        return jdbc.sql("""
                        update signal_import set status = 'INTERRUPTED', finished_at = :now
                        where id = :id and status = 'RUNNING' and heartbeat_at < :silentSince""")
                        .param("id", id)
                        .param("silentSince", Timestamp.from(silentSince))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Marks every running batch whose worker has not been heard of since {@code silentSince} as interrupted. */
    int interruptSilent(Instant silentSince, Instant now) {
        return jdbc.sql("""
                        update signal_import set status = 'INTERRUPTED', finished_at = :now
                        where status = 'RUNNING' and heartbeat_at < :silentSince""")
                .param("silentSince", Timestamp.from(silentSince))
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Batch> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::batch)
                .optional();
    }

    List<Batch> recent(UUID organisation, int limit) {
        return jdbc.sql(SELECT + " where organisation_id = :organisation order by started_at desc limit :limit")
                .param("organisation", organisation)
                .param("limit", limit)
                .query(this::batch)
                .list();
    }

    List<RowSignal> signals(Batch batch) {
        return jdbc.sql("""
                        select row_number, signal_id, outcome from signal_import_row
                        where region_code = :region and import_id = :id and outcome <> 'REJECTED'
                        order by row_number""")
                .param("region", batch.regionCode())
                .param("id", batch.id())
                .query((rs, n) -> new RowSignal(
                        rs.getInt("row_number"),
                        rs.getObject("signal_id", UUID.class),
                        Outcome.valueOf(rs.getString("outcome")) == Outcome.ACCEPTED))
                .list();
    }

    List<RowError> errors(Batch batch) {
        return jdbc.sql("""
                        select row_number, column_code, field, code, message_key, arguments from signal_import_error
                        where region_code = :region and import_id = :id
                        order by row_number, position""")
                .param("region", batch.regionCode())
                .param("id", batch.id())
                .query((rs, n) -> new RowError(
                        rs.getInt("row_number"),
                        rs.getString("column_code"),
                        rs.getString("field"),
                        rs.getString("code"),
                        rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), ARGUMENTS)))
                .list();
    }

    private static final String SELECT = """
            select id, region_code, organisation_id, file_name, file_format, status, total_rows, done_rows, accepted,
                   already_known, rejected, started_at, finished_at
            from signal_import""";

    private Batch batch(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Batch(
                rs.getObject("id", UUID.class),
                rs.getString("region_code"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("file_name"),
                SignalImportFile.Format.valueOf(rs.getString("file_format")),
                Status.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("done_rows"),
                rs.getInt("accepted"),
                rs.getInt("already_known"),
                rs.getInt("rejected"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
