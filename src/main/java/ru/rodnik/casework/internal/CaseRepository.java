package ru.rodnik.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.rodnik.casework.Case;
import ru.rodnik.casework.CaseId;
import ru.rodnik.casework.CaseStatus;
import ru.rodnik.registry.FamilyId;

@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts an open case unless the family already has one (the partial unique index decides between concurrent
     * screeners).
     *
     * @return whether the case was inserted
     */
    boolean insertOpen(Case opened) {
        return jdbc.sql("""
                        insert into support_case (id, region_code, number, family_id, status, opened_at, opened_by,
                                                  organisation_id)
                        values (:id, :region, :number, :family, 'OPEN', :openedAt, :openedBy, :organisation)
                        on conflict (region_code, family_id) where status = 'OPEN' do nothing
                        """)
                        .param("id", opened.id().value())
                        .param("region", opened.regionCode())
                        .param("number", opened.number())
                        .param("family", opened.family().value())
                        .param("openedAt", Timestamp.from(opened.openedAt()))
                        .param("openedBy", opened.openedBy())
                        .param("organisation", opened.organisationId())
                        .update()
                == 1;
    }

    /** The next case number of the year, e.g. {@code 2026-000042}; numbers are unique, gaps are harmless. */
    String nextNumber(Instant at) {
        long next = jdbc.sql("select nextval('support_case_number_seq')")
                .query(Long.class)
                .single();
        return "%d-%06d".formatted(at.atOffset(ZoneOffset.UTC).getYear(), next);
    }

    void attach(CaseId id, String region, UUID signalId, Instant at) {
        jdbc.sql("""
                insert into case_signal (case_id, region_code, signal_id, attached_at)
                values (:case, :region, :signal, :at)
                on conflict do nothing
                """)
                .param("case", id.value())
                .param("region", region)
                .param("signal", signalId)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Case> find(CaseId id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id.value())
                .query(CaseRepository::row)
                .optional();
    }

    Optional<Case> openCaseOf(String region, FamilyId family) {
        return jdbc.sql(SELECT + " where region_code = :region and family_id = :family and status = 'OPEN'")
                .param("region", region)
                .param("family", family.value())
                .query(CaseRepository::row)
                .optional();
    }

    List<UUID> signalsOf(Case opened) {
        return jdbc.sql("""
                        select signal_id from case_signal
                        where region_code = :region and case_id = :case order by attached_at""")
                .param("region", opened.regionCode())
                .param("case", opened.id().value())
                .query(UUID.class)
                .list();
    }

    private static final String SELECT = """
            select id, region_code, number, family_id, status, organisation_id, opened_at, opened_by
            from support_case""";

    private static Case row(ResultSet rs, int row) throws SQLException {
        return new Case(
                new CaseId(rs.getObject("id", UUID.class)),
                rs.getString("region_code"),
                rs.getString("number"),
                new FamilyId(rs.getObject("family_id", UUID.class)),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("organisation_id", UUID.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"));
    }
}
