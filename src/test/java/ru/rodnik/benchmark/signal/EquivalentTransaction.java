package ru.rodnik.benchmark.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pgbench script that stands for one signal: the statements {@code POST /api/v1/signals} runs, in the same order
 * and the same transactions, with the application's logic taken out. It is written after the closed-model HTTP phase from
 * what that phase stored: the share of subjects that became new persons, were linked automatically or went to review; the
 * blocking keys per new person; the JSON the application wrote into {@code match_decision} and {@code signal_subject}
 * (taken from its own rows, so the sizes match). Its rows go to region {@code 99000000}, which no signal names, so
 * they never become the application's linkage candidates.
 *
 * <p>Per signal (the application's order): the API token lookup (its own transaction); then in one transaction the
 * idempotency-key lookup, the territory lookup, the signal, its indicators; per subject the earlier-decision lookup,
 * the blocking-key candidate query and the confirmed-spellings query, then by the outcome drawn for it either a new
 * person (person, its audit record, linkage_person, the delete and the pipelined inserts of its blocking keys) or an
 * automatic link's audit record or nothing (review), and the match decision and the signal subject; the signal's audit
 * record; an event publication when the application wrote them; the read-back of the signal, its indicators and
 * subjects; commit.
 */
final class EquivalentTransaction {

    static final String REGION = "99000000";
    /**
     * Blocking keys are drawn from this many values, so that the candidate query finds a few persons, about as many as
     * the application's finds for its subjects (three to four).
     */
    private static final int KEY_SPACE = 1_000_000;

    private static final Pattern VARIABLE_LIKE = Pattern.compile(":(?=[\\p{L}\\p{N}_\\x80-\\x{10FFFF}])");
    private static final String PERSON_COLUMNS = "p.person_id, p.surname, p.surname_key, p.surname_phonetic,"
            + " p.given_name, p.given_keys, p.given_phonetic, p.patronymic, p.birth_date, p.sex, p.snils,"
            + " p.birth_certificate, p.territory_code, p.address, p.co_subject_keys";
    private static final String DECISION_COLUMNS = "id, region_code, source, source_ref, subject::text as subject,"
            + " outcome, decision::text as decision, candidates::text as candidates, person_id, decided_at,"
            + " reviewed_by, version";

    /** One stored decision of the application, as the template of its outcome. */
    private record Decision(String subject, String decision, String candidates, double score) {}

    /** The facts the script is written from. */
    record Facts(
            String tokenHash,
            String organisationId,
            String linkedPersonId,
            String description,
            String address,
            String contactName,
            String reported,
            String givenKeys,
            String coSubjectKeys,
            int indicators,
            int subjects,
            int newPersonBasisPoints,
            int autoLinkBasisPoints,
            int keysPerNewPerson,
            boolean eventPublication) {}

    private EquivalentTransaction() {}

    /** Writes the script to {@code file} and answers the facts it was written from. */
    static Facts write(Connection db, WriteMix mix, Path file) throws SQLException, IOException {
        Facts facts = facts(db, mix);
        Files.writeString(file, script(facts, decisions(db)));
        return facts;
    }

    private static Facts facts(Connection db, WriteMix mix) throws SQLException {
        List<String> token = row(db, """
                select c.token_hash, o.id::text from api_client c join organisation o on o.id = c.organisation_id
                where c.revoked_at is null and o.enabled order by c.created_at limit 1""");
        List<String> signal = row(db, """
                select description, address_text, contact_name from signal
                where description is not null order by received_at desc limit 1""");
        List<String> person = row(db, """
                select person_id::text, given_keys::text, co_subject_keys::text from linkage_person
                order by person_id limit 1""");
        double subjects = mix.subjects();
        return new Facts(
                token.get(0),
                token.get(1),
                person.get(0),
                signal.get(0),
                signal.get(1),
                signal.get(2),
                row(db, "select reported::text from signal_subject order by signal_id limit 1")
                        .get(0),
                person.get(1),
                person.get(2),
                (int) Math.round(mix.perSignal("signal_indicator")),
                (int) Math.round(subjects),
                (int) Math.round(10_000 * mix.perSignal(WriteMix.NEW_PERSON) / subjects),
                (int) Math.round(10_000 * mix.perSignal(WriteMix.AUTO_LINKED) / subjects),
                (int) Math.round(mix.keysPerNewPerson()),
                mix.perSignal("event_publication") >= 0.5);
    }

    /**
     * Deletes what pgbench stored, so that the application's later phases scan and index no more than their own rows
     * (its name counts read all of {@code linkage_person}). The append-only audit log keeps pgbench's records; the
     * application never reads them on this path.
     */
    static void removeRows(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : List.of(
                    "signal_subject",
                    "signal_indicator",
                    "signal",
                    "match_decision",
                    "linkage_block_key",
                    "linkage_person",
                    "person")) {
                statement.execute("delete from " + table + " where region_code = '" + REGION + "'");
            }
            statement.execute("vacuum (analyze)");
        }
    }

    private static List<Decision> decisions(Connection db) throws SQLException {
        List<Decision> decisions = new ArrayList<>();
        for (String outcome : List.of("NEW_PERSON", "AUTO_LINKED", "NEEDS_REVIEW")) {
            try (PreparedStatement query = db.prepareStatement("""
                    select subject::text, decision::text, candidates::text, score from match_decision
                    where source = 'SIGNAL' and outcome in (?, 'NEW_PERSON') order by outcome = ? desc, decided_at desc
                    limit 1""")) {
                query.setString(1, outcome);
                query.setString(2, outcome);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("the HTTP load stored no linkage decision");
                    }
                    decisions.add(
                            new Decision(rows.getString(1), rows.getString(2), rows.getString(3), rows.getDouble(4)));
                }
            }
        }
        return decisions;
    }

    private static String script(Facts facts, List<Decision> decisions) {
        Script s = new Script();
        s.line("-- One signal as POST /api/v1/signals writes it; generated by SignalLoadBenchmark.");
        s.line("\\set lookup random(1, 1000000000)");
        s.line("select c.id, c.name, o.id as organisation_id, o.kind, o.territory_code, o.region_code"
                + " from api_client c join organisation o on o.id = c.organisation_id"
                + " where c.token_hash = " + literal(facts.tokenHash()) + " and c.revoked_at is null and o.enabled;");
        s.line("begin;");
        s.line("select id, region_code, organisation_id, external_id, status, urgency, catalogue_version, received_at"
                + " from signal where organisation_id = " + uuid(facts.organisationId())
                + " and idempotency_key = 'pgbench-' || :lookup::text;");
        s.line("select code, parent_code, region_code, level, name, remote, version from territory"
                + " where code = '50701000';");
        s.line("insert into signal (id, region_code, organisation_id, received_by, idempotency_key, external_id,"
                + " status, reported_urgency, urgency, catalogue_version, description, territory_code, address_text,"
                + " contact_name, contact_phone, received_at) values (gen_random_uuid(), '" + REGION + "', "
                + uuid(facts.organisationId()) + ", 'pgbench', 'pgbench-' || gen_random_uuid()::text, null,"
                + " 'RECEIVED', 'STANDARD', 'STANDARD', 1, " + literal(facts.description()) + ", '50701000', "
                + literal(facts.address()) + ", " + literal(facts.contactName()) + ", '+7 900 000-00-00', now())"
                + " returning id as sid \\gset");
        List<String> codes =
                List.of("SCHOOL_ABSENCE_LONG", "CHILD_NEGLECT_SIGNS", "CHILD_HUNGRY", "CHILD_NOT_PICKED_UP");
        for (int i = 0; i < facts.indicators(); i++) {
            s.line("insert into signal_indicator (signal_id, region_code, position, catalogue_version, code)"
                    + " values (:sid::uuid, '" + REGION + "', " + i + ", 1, '" + codes.get(i % codes.size()) + "');");
        }
        for (int subject = 0; subject < facts.subjects(); subject++) {
            subject(s, facts, decisions, subject);
        }
        s.line(audit(
                facts,
                "'CREATE'",
                "'SIGNAL'",
                ":sid::text",
                "'urgency STANDARD, indicators " + facts.indicators() + ", subjects " + facts.subjects() + "'"));
        if (facts.eventPublication()) {
            s.line("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                    + " status, completion_attempts) values (gen_random_uuid(), 'signal-listener',"
                    + " 'ru.rodnik.intake.SignalReceived', '{\"id\": \"' || :sid::text || '\", \"regionCode\":"
                    + " \"50000000\", \"urgency\": \"STANDARD\"}', now(), 'PUBLISHED', 0) returning id as eid \\gset");
        }
        s.line("select id, region_code, organisation_id, external_id, status, urgency, catalogue_version, received_at"
                + " from signal where id = :sid::uuid;");
        s.line("select code from signal_indicator where region_code = '" + REGION + "' and signal_id = :sid::uuid"
                + " order by position;");
        s.line("select position, role, decision_id, link_status, person_id from signal_subject where region_code = '"
                + REGION + "' and signal_id = :sid::uuid order by position;");
        s.line("end;");
        if (facts.eventPublication()) {
            // The listener runs after the commit and marks its publication completed in a transaction of its own.
            s.line("update event_publication set completion_date = now(), status = 'COMPLETED'"
                    + " where id = :eid::uuid;");
        }
        return s.text();
    }

    private static void subject(Script s, Facts facts, List<Decision> decisions, int position) {
        String role = position == 0 ? "CHILD" : "MOTHER";
        s.line("select " + DECISION_COLUMNS + " from match_decision where source = 'SIGNAL' and source_ref = :sid::text"
                + " || '#" + position + "';");
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < Math.max(1, facts.keysPerNewPerson()); k++) {
            s.line("\\set key" + k + " random(1, " + KEY_SPACE + ")");
            keys.add("'pgb:' || :key" + k + "::text");
        }
        s.line("select " + PERSON_COLUMNS + " from linkage_person p where p.person_id in (select k.person_id from"
                + " linkage_block_key k where k.region_code = '" + REGION + "' and k.block_key = any(array["
                + String.join(", ", keys) + "]) limit 200) and p.active limit 50;");
        s.line("select a.person_id, a.surname, a.surname_key, a.surname_phonetic, a.given_name, a.given_keys,"
                + " a.given_phonetic, a.patronymic, a.birth_date, a.sex, a.snils, a.birth_certificate,"
                + " a.territory_code, a.address, a.co_subject_keys from linkage_alias a join linkage_person p"
                + " on p.person_id = a.person_id where a.person_id = any(array[:sid::uuid]) and p.active;");
        s.line("\\set outcome random(1, 10000)");
        s.line("\\if :outcome <= " + facts.newPersonBasisPoints());
        s.line("insert into person (id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,"
                + " birth_certificate, phone, norm_last_name, norm_first_name, norm_patronymic, surname_key,"
                + " given_keys, created_at, updated_at) values (gen_random_uuid(), '" + REGION + "',"
                + " 'Фамилия' || :key0::text, 'Имя', 'Отчество', date '2012-01-01' + :key0::int % 4000, 'F', null,"
                + " null, null, 'фамилия' || :key0::text, 'имя', 'отчество', 'фамилия' || :key0::text, "
                + literal(facts.givenKeys()) + "::text[], now(), now()) returning id as pid \\gset");
        s.line(audit(facts, "'CREATE'", "'PERSON'", ":pid::text", "null"));
        s.line("insert into linkage_person (person_id, region_code, surname, surname_key, surname_phonetic,"
                + " given_name, given_keys, given_phonetic, patronymic, birth_date, sex, snils, birth_certificate,"
                + " territory_code, address, co_subject_keys) values (:pid::uuid, '" + REGION + "',"
                + " 'фамилия' || :key0::text, 'фамилия' || :key0::text, 'ФМЛ' || :key0::text, 'имя', "
                + literal(facts.givenKeys()) + "::text[], 'ИМ', 'отчество', date '2012-01-01' + :key0::int % 4000,"
                + " 'F', null, null, '50701000', " + literal(facts.address()) + ", " + literal(facts.coSubjectKeys())
                + "::text[]) on conflict (person_id) do update set surname = excluded.surname,"
                + " surname_key = excluded.surname_key, surname_phonetic = excluded.surname_phonetic,"
                + " given_name = excluded.given_name, given_keys = excluded.given_keys,"
                + " given_phonetic = excluded.given_phonetic, patronymic = excluded.patronymic,"
                + " birth_date = excluded.birth_date, sex = excluded.sex, snils = excluded.snils,"
                + " birth_certificate = excluded.birth_certificate, territory_code = excluded.territory_code,"
                + " address = excluded.address, co_subject_keys = excluded.co_subject_keys;");
        s.line("delete from linkage_block_key where person_id = :pid::uuid;");
        // The application files the keys with one JDBC batch: one round trip, a statement per key.
        s.line("\\startpipeline");
        for (String key : keys) {
            s.line("insert into linkage_block_key (region_code, block_key, person_id) values ('" + REGION + "', " + key
                    + ", :pid::uuid) on conflict do nothing;");
        }
        s.line("\\endpipeline");
        decision(s, decisions.get(0), "NEW_PERSON", ":pid::uuid", role, position, facts);
        s.line("\\elif :outcome <= " + (facts.newPersonBasisPoints() + facts.autoLinkBasisPoints()));
        Decision linked = decisions.get(1);
        s.line(audit(
                facts,
                "'LINK'",
                "'PERSON'",
                literal(facts.linkedPersonId()),
                literal(String.format(Locale.ROOT, "auto, score %s", linked.score()))));
        decision(s, linked, "AUTO_LINKED", uuid(facts.linkedPersonId()), role, position, facts);
        s.line("\\else");
        decision(s, decisions.get(2), "NEEDS_REVIEW", "null", role, position, facts);
        s.line("\\endif");
    }

    private static void decision(
            Script s, Decision decision, String outcome, String person, String role, int position, Facts facts) {
        s.line("insert into match_decision (id, region_code, source, source_ref, subject, outcome, score, decision,"
                + " candidates, person_id, decided_at) values (gen_random_uuid(), '" + REGION + "', 'SIGNAL',"
                + " :sid::text || '#" + position + "', " + literal(decision.subject()) + "::jsonb, '" + outcome + "', "
                + decision.score() + ", " + literal(decision.decision()) + "::jsonb, "
                + literal(decision.candidates()) + "::jsonb, " + person + ", now()) returning id as did \\gset");
        s.line("insert into signal_subject (signal_id, region_code, position, role, reported, decision_id,"
                + " link_status, person_id) values (:sid::uuid, '" + REGION + "', " + position + ", '" + role + "', "
                + literal(facts.reported()) + "::jsonb, :did::uuid, '" + outcome + "', " + person + ");");
    }

    private static String audit(Facts facts, String action, String subjectType, String subjectId, String details) {
        return "insert into audit_event (occurred_at, actor, actor_kind, organisation_id, action, subject_type,"
                + " subject_id, client_address, details) values (now(), 'pgbench', 'API_CLIENT', "
                + uuid(facts.organisationId()) + ", " + action
                + ", " + subjectType + ", " + subjectId + ", '127.0.0.1', " + details + ");";
    }

    private static String uuid(String id) {
        return "'" + id + "'::uuid";
    }

    /**
     * A string constant pgbench leaves alone: pgbench replaces {@code :name} anywhere in a command, quotes or not, so
     * a colon before a letter or digit (in JSON values, in blocking keys) is written as the escape {@code \x3a}.
     */
    static String literal(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        String escaped = value.replace("\\", "\\\\").replace("'", "\\'");
        return "E'" + VARIABLE_LIKE.matcher(escaped).replaceAll("\\\\x3a") + "'";
    }

    private static List<String> row(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for: " + sql);
            }
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                values.add(rows.getString(i));
            }
            return values;
        }
    }

    /** Lines of a pgbench script; a command ends at its semicolon or meta-command, so each goes on one line. */
    private static final class Script {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
