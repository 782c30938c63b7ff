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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pgbench script that stands for one signal: the statements {@code POST /api/v1/signals} runs, and then early
 * warning's listener, in the same order and the same transactions, with the application's logic taken out. It is
 * written after the closed-model HTTP phase from what that phase stored: the share of subjects that became new
 * persons, were linked automatically or went to review; the blocking keys per new person; the share of signals that
 * registered a new family; the JSON the application wrote into {@code match_decision}, {@code signal_subject},
 * {@code family_warning} and {@code event_publication} (taken from its own rows, so the sizes match). Its rows go to
 * region {@code 99000000}, which no signal names, so they never become the application's linkage candidates.
 *
 * <p>Per signal (the application's order): the API token lookup (its own transaction); then in one transaction the
 * idempotency key's lock (which here also makes the signal's id) and lookup, the territory lookup, the responsible
 * family centre, the region's screening deadline; per subject the earlier-decision lookup, the blocking-key candidate
 * query and the candidates' records, then by the outcome drawn for it either a new person (person, its name keys,
 * linkage_person, its blocking keys in one statement) or nothing more (an automatic link or review), and the match
 * decision; the family: per subject that is not a new person its families and person record, a new family (by the
 * drawn share) or a known one, the new member (one statement that checks the family, the person and the membership
 * itself); the signal in its family, its indicators, its subjects (those in review without a family); the event
 * publication; the transaction's audit records (the signal, new persons, automatic links, a new family, the member)
 * in one statement; commit (the application answers from what it wrote, reading nothing back). Then, as early
 * warning's listener does after the commit: the publication marked as processing; in one transaction, committed
 * without waiting for the disk, the reporting organisation, the family's signal and its indicators, the family's
 * lock, the region's parameters, the last signal, the signals in the window, whether the stored score flags the
 * family, the new score, its history point and audit record; the completed publication deleted.
 *
 * <p>What the transactions read is the application's: each subject stands for one of its persons, drawn from a
 * numbered table ({@code pgbench_linked}): a subject linked automatically or sent to review is sought under that
 * person's blocking keys, and every subject reads the records of that person's candidates as the application ranks
 * them (the application finds candidates for nine subjects in ten); an automatic link picks that person. The known
 * families a signal joins carry the signals and the score of some of the application's families, so that early
 * warning reads a window of signals as long as the application's and updates a score. (Before 27 November the
 * candidate query found 1.4 persons a subject against the application's 14.5, the records read none against 3.5, and
 * the window 2.1 indicator rows against 9.7.)
 *
 * <p>Three approximations, all against pgbench: the family lookup runs for the subjects in review too (the
 * application skips them), every subject reads candidates' records (the application's nine in ten), and each subject
 * reads its numbered person (one primary-key lookup the application does not make).
 *
 * <p>The idempotency-key lookup compares the key with one parameter, as the application's does; written otherwise,
 * the planner chose an index for it that read more signals the larger the database (see {@link #script}).
 */
final class EquivalentTransaction {

    static final String REGION = "99000000";
    /**
     * A new person's blocking keys are drawn from this many values: sought, they find few persons, as a new person's
     * find namesakes at most.
     */
    private static final int KEY_SPACE = 1_000_000;

    /**
     * How many of a person's keys a subject like it does not seek: a subject with a birth date seeks none of the three
     * undated name keys (BlockingKeys: {@code n:}, {@code nf:}, {@code p:}), which hold the most namesakes. Stored keys
     * are hashes, so the three a person holds with the most others stand for them: a subject seeks at most what the
     * application's would.
     */
    private static final int UNSOUGHT_KEYS = 3;

    /** How many of the application's score explanations the transactions pick theirs from. */
    private static final int EXPLANATIONS = 100;

    /**
     * An explanation as the application sends it: JSON text, which the server parses and compresses (the sample is
     * kept as text for that reason).
     */
    private static final String EXPLANATION =
            "cast((select e from pgbench_explanation where n = :explanation) as jsonb)";
    /** Known families a signal that registers none joins, drawn at random so that early warning's lock never queues. */
    private static final int FAMILIES = 20_000;
    /**
     * Application persons the subjects stand for, at most: enough that a person is linked into few of pgbench's
     * families (with 1,000, the family lookup found 3.3 families a person against the application's 1.0).
     */
    private static final int LINKED_PERSONS = 5_000;

    /**
     * New persons' name keys are drawn from this many values, so that nearly all are known already, as the
     * application's are (it adds 0.07 a new person; before 27 November, pgbench added two).
     */
    private static final int NAMES = 300;

    private static final String LISTENER_PREFIX = "pgbench.";

    private static final Pattern VARIABLE_LIKE = Pattern.compile(":(?=[\\p{L}\\p{N}_\\x80-\\x{10FFFF}])");
    private static final String PERSON_COLUMNS = "p.person_id, p.surname, p.surname_key, p.surname_phonetic,"
            + " p.given_name, p.given_keys, p.given_phonetic, p.patronymic, p.birth_date, p.sex, p.snils,"
            + " p.birth_certificate, p.territory_code, p.address, case when w.family then p.co_subject_keys end";
    private static final String SIGNAL_COLUMNS = "id, region_code, organisation_id, external_id, status, urgency,"
            + " catalogue_version, received_at, received_by, description, territory_code, address_text, contact_name,"
            + " contact_phone, family_centre_id, screening_due_at, escalated_at, family_id, decision, decision_reason,"
            + " referred_to, case_id, decided_by, decided_at, version";
    private static final String PERSON_RECORD = "id, region_code, last_name, first_name, patronymic, birth_date, sex,"
            + " snils, birth_certificate, phone, merged_into, version";
    private static final List<String> CODES =
            List.of("SCHOOL_ABSENCE_LONG", "CHILD_NEGLECT_SIGNS", "CHILD_HUNGRY", "CHILD_NOT_PICKED_UP");
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
            int newFamilyBasisPoints,
            boolean eventPublication,
            String listenerId,
            String serializedEvent,
            List<String> explanations,
            List<String> nameKeyKinds) {

        /** The explanations' mean length in characters of their JSON text. */
        double explanationMeanLength() {
            return explanations.stream().mapToInt(String::length).average().orElse(0);
        }

        /** The explanations' median length in characters of their JSON text. */
        int explanationMedianLength() {
            return explanations.stream()
                    .mapToInt(String::length)
                    .sorted()
                    .skip(explanations.size() / 2)
                    .findFirst()
                    .orElse(0);
        }
    }

    /**
     * A time-ordered uuid (version 7) in SQL, as the application makes the ids of new rows ({@code platform.Uuids});
     * PostgreSQL 17 has no function for it.
     */
    private static final String TIME_ORDERED_ID =
            "(lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint),"
                    + " 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid";

    private EquivalentTransaction() {}

    /** Writes the script to {@code file} and answers the facts it was written from. */
    static Facts write(Connection db, WriteMix mix, Publication publication, Path file)
            throws SQLException, IOException {
        Facts facts = facts(db, mix, publication);
        int linked = prepareRows(db, facts);
        Files.writeString(file, script(facts, decisions(db), linked));
        return facts;
    }

    /**
     * The reads whose size the script takes from the application's data, in rows a call: the application's (a listing
     * of {@link StatementTime#of}) against pgbench's.
     */
    static String readsCompared(Path application, Path pgbench) throws IOException {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("candidate query", "select k.n, b.person_id");
        reads.put("candidates' records", "select p.person_id,");
        reads.put("signals in the window (indicator rows)", "select s.signal_id,");
        List<String> compared = new ArrayList<>();
        for (Map.Entry<String, String> read : reads.entrySet()) {
            compared.add(String.format(
                    Locale.ROOT,
                    "%s %.1f / %.1f",
                    read.getKey(),
                    StatementTime.rowsPerCall(application, read.getValue()),
                    StatementTime.rowsPerCall(pgbench, read.getValue())));
        }
        return String.join("; ", compared);
    }

    /** An event publication as intake stores it, for the script to store one like it. */
    record Publication(String listenerId, String serializedEvent) {}

    /**
     * Catches an event publication of intake's: one lives only from intake's commit until early warning's listener
     * completes and deletes it, a few milliseconds, so this looks every millisecond while {@code signals} sends some.
     */
    static Publication capture(Connection db, Callable<?> signals) throws Exception {
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (PreparedStatement query = db.prepareStatement("""
                select listener_id, serialized_event from event_publication
                where event_type = 'ru.rodnik.intake.SignalJoinedFamily' limit 1""")) {
            Future<?> sending = sender.submit(signals);
            while (true) {
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        sending.get();
                        return new Publication(row.getString(1), row.getString(2));
                    }
                }
                if (sending.isDone()) {
                    sending.get();
                    throw new IllegalStateException("no event publication seen while the signals were sent");
                }
                Thread.sleep(1);
            }
        } finally {
            sender.shutdownNow();
        }
    }

    private static Facts facts(Connection db, WriteMix mix, Publication publication) throws SQLException {
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
        List<String> kinds = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select distinct kind from person_name_key order by kind");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
        }
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
                (int) Math.round(10_000 * mix.perSignal("family")),
                // A publication per signal and its listener: the listener leaves a history point for every signal.
                mix.perSignal("family_warning_history") >= 0.5,
                LISTENER_PREFIX + publication.listenerId(),
                publication.serializedEvent(),
                // A sample of the explanations last written, drawn by a hash of their text (not by their size), that
                // each transaction picks one of at random: the application writes one a signal, of every family's
                // size, and the cost of writing one (and compressing it into TOAST) grows with it. The median alone
                // (before the night of 26–27 November) left out the long ones, which cost the most: 0.13 ms a
                // family_warning write in pgbench against 0.42 in the application.
                column(db, """
                        select e from (select explanation::text as e from family_warning_history
                                       order by computed_at desc limit 5000) recent
                        order by md5(e) limit %d""".formatted(EXPLANATIONS)),
                kinds);
    }

    /**
     * The known families signals join, with some of the application's signals and scores, in pgbench's region, and
     * the numbered application persons the subjects stand for, with their keys and candidates; again after
     * {@link #removeRows}, for another pgbench run of the same script.
     *
     * @return how many persons the subjects stand for (the script draws one of the first that many)
     */
    static int prepareRows(Connection db, Facts facts) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("insert into family (id, region_code, territory_code, address_text, created_at,"
                    + " updated_at) select md5('pgb-family-' || g)::uuid, '" + REGION + "', '50701000', "
                    + literal(facts.address()) + ", now(), now() from generate_series(1, " + FAMILIES + ") g");
            // The known families as some of the application's are: with their signals and their score, so that
            // early warning reads as many signals in the window and updates a score as it does for them. A family
            // is drawn by the least hash of its signals' ids: the more signals, the likelier, as a signal joins a
            // family reported often more often (drawn by family alone, the window read 4.2 indicator rows against
            // the application's 9.5).
            statement.execute("create table pgbench_family_source as select row_number() over (order by h) as n,"
                    + " family_id from (select family_id, min(md5(signal_id::text)) as h from warning_signal where"
                    + " region_code <> '" + REGION + "' group by family_id order by h limit " + FAMILIES + ") f");
            String known = " from pgbench_family_source f join %s w on w.family_id = f.family_id";
            statement.execute("insert into warning_signal (family_id, signal_id, region_code, agency, urgent,"
                    + " received_at, recorded_at) select md5('pgb-family-' || f.n)::uuid, w.signal_id, '" + REGION
                    + "', w.agency, w.urgent, w.received_at, w.recorded_at" + known.formatted("warning_signal"));
            statement.execute("insert into warning_signal_indicator (family_id, signal_id, region_code, code, weight,"
                    + " immediate, label_ru, label_en) select md5('pgb-family-' || f.n)::uuid, w.signal_id, '"
                    + REGION + "', w.code, w.weight, w.immediate, w.label_ru, w.label_en"
                    + known.formatted("warning_signal_indicator"));
            statement.execute("insert into family_warning (family_id, region_code, score, flagged, flagged_since,"
                    + " computed_at, last_signal_at, explanation) select md5('pgb-family-' || f.n)::uuid, '" + REGION
                    + "', w.score, w.flagged, w.flagged_since, w.computed_at, w.last_signal_at, w.explanation"
                    + known.formatted("family_warning"));
            statement.execute("drop table pgbench_family_source");
            // The persons subjects stand for: each with the keys a subject like it is sought under (its own but the
            // most crowded, see UNSOUGHT_KEYS) and the candidates the application would read for that subject
            // (CandidateLookup: each person sharing a key weighs one divided by the key's holders, the heaviest five
            // kept).
            statement.execute("create table pgbench_linked (n int primary key, person_id uuid not null,"
                    + " keys bigint[] not null, candidates uuid[] not null, family boolean[] not null)");
            statement.execute("""
                    insert into pgbench_linked
                    select row_number() over (order by md5(p.person_id::text)), p.person_id, k.keys, c.candidates,
                           array_fill(true, array[cardinality(c.candidates)])
                    from (select person_id from linkage_person where active and region_code <> '%s'
                          order by md5(person_id::text) limit %d) p
                    cross join lateral (
                        select array_agg(f.block_key) as keys
                        from (select b.block_key from linkage_block_key b where b.person_id = p.person_id
                              order by (select count(*) from (select 1 from linkage_block_key h
                                                              where h.block_key = b.block_key limit 500) l) desc,
                                       b.block_key
                              offset %d) f) k
                    cross join lateral (
                        select array_agg(h.person_id order by h.weight desc, h.person_id) as candidates
                        from (select b.person_id, sum(b.weight) as weight
                              from unnest(k.keys) as key
                              cross join lateral (select person_id, 1.0 / count(*) over () as weight
                                                  from (select person_id from linkage_block_key
                                                        where block_key = key limit 500) holders) b
                              group by b.person_id
                              order by weight desc, b.person_id
                              limit 5) h) c
                    where k.keys is not null""".formatted(REGION, LINKED_PERSONS, UNSOUGHT_KEYS));
            int linked;
            try (ResultSet count = statement.executeQuery("select count(*) from pgbench_linked")) {
                count.next();
                linked = count.getInt(1);
            }
            statement.execute("create table pgbench_explanation (n int primary key, e text not null)");
            try (PreparedStatement insert = db.prepareStatement("insert into pgbench_explanation values (?, ?)")) {
                for (int i = 0; i < facts.explanations().size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setString(2, facts.explanations().get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("vacuum (analyze) family, warning_signal, warning_signal_indicator, family_warning,"
                    + " pgbench_linked, pgbench_explanation");
            return linked;
        }
    }

    /**
     * Deletes what pgbench stored, so that the application's later phases scan and index no more than their own rows
     * (its name counts read all of {@code linkage_person}). The append-only audit log keeps pgbench's records; the
     * application never reads them on this path.
     */
    static void removeRows(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : List.of(
                    "warning_signal_indicator",
                    "warning_signal",
                    "family_warning_history",
                    "family_warning",
                    "signal_subject",
                    "signal_indicator",
                    "signal",
                    "family_member",
                    "family",
                    "match_decision",
                    // its linkage_block_key rows with it (on delete cascade)
                    "linkage_person",
                    "person_name_key",
                    "person")) {
                statement.execute("delete from " + table + " where region_code = '" + REGION + "'");
            }
            statement.execute("delete from event_publication where listener_id like '" + LISTENER_PREFIX + "%'");
            statement.execute("drop table if exists pgbench_linked");
            statement.execute("drop table if exists pgbench_explanation");
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

    private static String script(Facts facts, List<Decision> decisions, int linked) {
        Script s = new Script();
        s.line("-- One signal as POST /api/v1/signals and early warning write it; generated by SignalLoadBenchmark.");
        s.line("\\set lookup random(1, 1000000000)");
        s.line("select c.id, c.name, o.id as organisation_id, o.kind, o.territory_code, o.region_code"
                + " from api_client c join organisation o on o.id = c.organisation_id"
                + " where c.token_hash = " + literal(facts.tokenHash()) + " and c.revoked_at is null and o.enabled"
                + " \\gset token_");
        s.line("begin;");
        // The application makes the signal's id itself; here the key's lock, which it takes too, returns one.
        s.line("select pg_advisory_xact_lock(hashtextextended('intake:' || " + uuid(facts.organisationId())
                + "::text || '/' || :lookup::text, 0)), " + TIME_ORDERED_ID + " as sid \\gset");
        // The organisation and the key as parameters, as the application sends them. Compared with an expression
        // ('pgbench-' || $1), the generic plan could not use the unique key index and read every signal of the
        // organisation instead, 7.5 ms at 100,000 signals. With the organisation as a literal, a session's generic
        // plan was made for an organisation the statistics said had no signals and took its other index
        // (signal_received_by_idx): it read every signal this script had stored, 21 ms on average in a phase of four
        // minutes, 2 ms in one of one.
        s.line("select " + SIGNAL_COLUMNS
                + " from signal where organisation_id = :token_organisation_id::uuid and idempotency_key ="
                + " :lookup::text;");
        s.line("select code, parent_code, region_code, level, name, remote, version from territory"
                + " where code = '50701000';");
        s.line("with recursive up (code, parent_code, depth) as (select code, parent_code, 0 from territory"
                + " where code = '50701000' and region_code = '50000000' union all select t.code, t.parent_code,"
                + " up.depth + 1 from territory t join up on t.code = up.parent_code) select o.id, o.kind, o.name,"
                + " o.short_name, o.territory_code, o.region_code, o.address, o.phone, o.email, o.enabled, o.version"
                + " from organisation o left join up on up.code = o.territory_code where o.region_code = '50000000'"
                + " and o.kind = 'FAMILY_CENTRE' and o.enabled order by up.depth nulls last, o.name collate \"C\""
                + " limit 1 \\gset centre_");
        s.line("select immediate_hours, standard_working_days from screening_deadline where region_code = '" + REGION
                + "';");
        for (int subject = 0; subject < facts.subjects(); subject++) {
            subject(s, facts, decisions, subject, linked);
        }
        family(s, facts);
        s.line("insert into signal (id, region_code, organisation_id, received_by, idempotency_key, external_id,"
                + " status, reported_urgency, urgency, catalogue_version, description, territory_code, address_text,"
                + " contact_name, contact_phone, received_at, family_centre_id, screening_due_at, family_id) values"
                + " (:sid::uuid, '" + REGION + "', " + uuid(facts.organisationId()) + ", 'pgbench',"
                + " 'pgbench-' || :sid::text, null, 'RECEIVED', 'STANDARD', 'STANDARD', 1, "
                + literal(facts.description()) + ", '50701000', " + literal(facts.address()) + ", "
                + literal(facts.contactName()) + ", '+7 900 000-00-00', now(), :centre_id::uuid,"
                + " now() + interval '3 days', :fid::uuid);");
        for (int i = 0; i < facts.indicators(); i++) {
            s.line("insert into signal_indicator (signal_id, region_code, position, catalogue_version, code)"
                    + " values (:sid::uuid, '" + REGION + "', " + i + ", 1, '" + CODES.get(i % CODES.size()) + "');");
        }
        for (int subject = 0; subject < facts.subjects(); subject++) {
            signalSubject(s, facts, subject);
        }
        s.audit(
                "true",
                audit(
                        facts,
                        "'CREATE'",
                        "'SIGNAL'",
                        ":sid::text",
                        "'urgency STANDARD, indicators " + facts.indicators() + ", subjects " + facts.subjects()
                                + "'"));
        if (facts.eventPublication()) {
            s.line("insert into event_publication (id, event_type, listener_id, publication_date, serialized_event,"
                    + " status, completion_attempts, last_resubmission_date) values (gen_random_uuid(),"
                    + " 'ru.rodnik.intake.SignalJoinedFamily', " + literal(facts.listenerId()) + ", now(), "
                    + literal(facts.serializedEvent()) + ", 'PUBLISHED', 0, null) returning id as eid \\gset");
        }
        s.auditRows();
        s.line("end;");
        if (facts.eventPublication()) {
            listener(s, facts);
        }
        return s.text();
    }

    /** What intake's family joining writes: the subjects' families, a new or a known family, its member, the links. */
    private static void family(Script s, Facts facts) {
        for (int subject = 0; subject < facts.subjects(); subject++) {
            // A person linkage has just registered has no family to look up.
            s.line("\\if :outcome" + subject + " > " + facts.newPersonBasisPoints());
            s.line("select m.family_id from family_member m where m.person_id = :p" + subject + "::uuid union"
                    + " select m.family_id from family_member m join person p on p.id = m.person_id"
                    + " where p.merged_into = :p" + subject + "::uuid;");
            s.line("select " + PERSON_RECORD + " from person where id = :p" + subject + "::uuid;");
            s.line("\\endif");
        }
        s.line("\\set family random(1, 10000)");
        s.line("\\if :family <= " + facts.newFamilyBasisPoints());
        s.line("insert into family (id, region_code, territory_code, address_text, created_at, updated_at) values"
                + " (" + TIME_ORDERED_ID + ", '" + REGION + "', '50701000', " + literal(facts.address())
                + ", now(), now()) returning id as fid \\gset");
        s.audit(
                ":family <= " + facts.newFamilyBasisPoints(),
                audit(facts, "'CREATE'", "'FAMILY'", ":fid::text", "null"));
        s.line("\\else");
        s.line("\\set known random(1, " + FAMILIES + ")");
        s.line("select md5('pgb-family-' || :known::text)::uuid as fid \\gset");
        s.line("\\endif");
        // The member in one statement that checks the family, the person and the membership itself. The
        // application's also compares their regions; here a linked person is one of the application's, in its region.
        s.line("insert into family_member (id, family_id, person_id, region_code, role, from_date) select "
                + TIME_ORDERED_ID + ", f.id, p.id, f.region_code, 'CHILD', current_date from family f join person p"
                + " on p.id = :p0::uuid where f.id = :fid::uuid and not exists"
                + " (select 1 from family_member m where m.family_id = f.id and m.person_id = p.id and m.role ="
                + " 'CHILD' and m.to_date is null);");
        s.audit("true", audit(facts, "'UPDATE'", "'FAMILY'", ":fid::text", "'member added as CHILD'"));
    }

    /**
     * Early warning's listener for the signal that joined its family: the publication marked as processing, the score
     * in a transaction of its own, the completed publication deleted; none of the three commits waits for the disk.
     */
    private static void listener(Script s, Facts facts) {
        s.line("begin;");
        s.line("set local synchronous_commit = off;");
        s.line("update event_publication set status = 'PROCESSING' where id = :eid::uuid and status != 'COMPLETED';");
        s.line("end;");
        s.line("begin;");
        s.line("set local synchronous_commit = off;");
        s.line("select id, kind, name, short_name, territory_code, region_code, address, phone, email, enabled,"
                + " version from organisation where id = " + uuid(facts.organisationId()) + ";");
        s.line("select pg_advisory_xact_lock(hashtextextended('earlywarning:' || :fid::text, 0));");
        s.line("insert into warning_signal (family_id, signal_id, region_code, agency, urgent, received_at,"
                + " recorded_at) values (:fid::uuid, :sid::uuid, '" + REGION + "', 'SCHOOL', false, now(), now())"
                + " on conflict (family_id, signal_id) do nothing;");
        for (int i = 0; i < facts.indicators(); i++) {
            s.line("insert into warning_signal_indicator (family_id, signal_id, region_code, code, weight, immediate,"
                    + " label_ru, label_en) values (:fid::uuid, :sid::uuid, '" + REGION + "', '"
                    + CODES.get(i % CODES.size()) + "', 3, false, 'Показатель', 'Indicator') on conflict do nothing;");
        }
        s.line("select half_life_days, window_days, threshold, multi_agency_window_days, multi_agency_points,"
                + " repeat_window_days, repeat_count, repeat_points, repeated_indicator_window_days,"
                + " repeated_indicator_points, immediate_window_days from warning_parameters where region_code = '"
                + REGION + "';");
        s.line("select max(received_at) from warning_signal where family_id = :fid::uuid;");
        s.line("select s.signal_id, s.agency, s.received_at, s.urgent, i.code, i.weight, i.immediate, i.label_ru,"
                + " i.label_en from warning_signal s left join warning_signal_indicator i on i.family_id = s.family_id"
                + " and i.signal_id = s.signal_id where s.family_id = :fid::uuid and s.received_at >= now()"
                + " - interval '365 days' order by s.received_at, s.signal_id, i.code;");
        s.line("select flagged from family_warning where family_id = :fid::uuid;");
        s.line("\\set explanation random(1, " + facts.explanations().size() + ")");
        s.line("insert into family_warning (family_id, region_code, score, flagged, flagged_since, computed_at,"
                + " last_signal_at, explanation) values (:fid::uuid, '" + REGION + "', 6, false, null, now(), now(), "
                + EXPLANATION + ") on conflict (family_id) do update set score ="
                + " excluded.score, flagged = excluded.flagged, flagged_since = case when not excluded.flagged"
                + " then null else coalesce(family_warning.flagged_since, excluded.computed_at) end, computed_at ="
                + " excluded.computed_at, last_signal_at = excluded.last_signal_at, explanation ="
                + " excluded.explanation;");
        s.line("insert into family_warning_history (family_id, region_code, computed_at, score, flagged,"
                + " trigger_signal, explanation) select family_id, region_code, computed_at, score, flagged,"
                + " :sid::uuid, explanation from family_warning where family_id = :fid::uuid;");
        s.audit(
                "true",
                audit(
                        "'system'",
                        "'SYSTEM'",
                        "null",
                        "null",
                        "'UPDATE'",
                        "'FAMILY'",
                        ":fid::text",
                        "'early-warning score 6.0'"));
        s.auditRows();
        s.line("end;");
        s.line("begin;");
        s.line("set local synchronous_commit = off;");
        s.line("delete from event_publication where id = :eid::uuid;");
        s.line("end;");
    }

    private static void subject(Script s, Facts facts, List<Decision> decisions, int position, int persons) {
        String person = "p" + position;
        s.line("select " + DECISION_COLUMNS + " from match_decision where source = 'SIGNAL' and source_ref = :sid::text"
                + " || '#" + position + "';");
        // The outcome first: a subject the application links (or sends to review) is one of its persons, sought
        // under that person's keys, which find the person and whoever shares a key with it; a new person is sought
        // under keys of its own, which find few. Either way the records read are those of an application person's
        // candidates (the application found some for nine subjects in ten, namesakes of most new persons too).
        s.line("\\set outcome" + position + " random(1, 10000)");
        s.line("\\set linked" + position + " random(1, " + persons + ")");
        s.line("select person_id as " + person + ", keys as keys" + position + ", candidates as candidates" + position
                + ", family as family" + position + " from pgbench_linked where n = :linked" + position + " \\gset");
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < Math.max(1, facts.keysPerNewPerson()); k++) {
            s.line("\\set key" + k + " random(1, " + KEY_SPACE + ")");
            // stored as the application stores its keys (StoredBlockingKey), so they spread over the whole index
            keys.add("('x' || left(md5(" + literal(REGION + ":pgb:") + " || :key" + k
                    + "::text), 16))::bit(64)::bigint");
        }
        String lookup = " with ordinality as k (key, n) cross join lateral (select b.person_id from linkage_block_key b"
                + " where b.block_key = k.key limit 500) b;";
        s.line("\\if :outcome" + position + " <= " + facts.newPersonBasisPoints());
        s.line("select k.n, b.person_id from unnest(array[" + String.join(", ", keys) + "])" + lookup);
        s.line("\\else");
        s.line("select k.n, b.person_id from unnest(cast(:keys" + position + " as bigint[]))" + lookup);
        s.line("\\endif");
        String candidates = " from unnest((select cast(:candidates" + position + " as uuid[])), (select cast(:family"
                + position + " as boolean[]))) as w (id, family) join ";
        s.line("select " + PERSON_COLUMNS + candidates + "linkage_person p on p.person_id = w.id where p.active"
                + " union all select " + PERSON_COLUMNS + candidates + "linkage_alias p on p.person_id = w.id"
                + " where exists (select 1 from linkage_person a where a.person_id = p.person_id and a.active);");
        s.line("\\if :outcome" + position + " <= " + facts.newPersonBasisPoints());
        s.line("insert into person (id, region_code, last_name, first_name, patronymic, birth_date, sex, snils,"
                + " birth_certificate, phone, norm_last_name, norm_first_name, norm_patronymic, surname_key,"
                + " given_keys, created_at, updated_at) values (" + TIME_ORDERED_ID + ", '" + REGION + "',"
                + " 'Фамилия' || :key0::text, 'Имя', 'Отчество', date '2012-01-01' + :key0::int % 4000, 'F', null,"
                + " null, null, 'фамилия' || :key0::text, 'имя', 'отчество', 'фамилия' || :key0::text, "
                + literal(facts.givenKeys()) + "::text[], now(), now()) returning id as " + person + " \\gset");
        List<String> kinds = facts.nameKeyKinds();
        s.line("insert into person_name_key (region_code, kind, name_key) select '" + REGION + "', k.kind, k.name_key"
                + " from unnest(array["
                + String.join(", ", kinds.stream().map(k -> "'" + k + "'").toList())
                + "]::text[], array["
                + String.join(
                        ", ",
                        kinds.stream()
                                .map(k -> "'pgb' || :key0::int % " + NAMES)
                                .toList())
                + "]::text[]) with ordinality as k (kind, name_key, n) order by k.n on conflict do nothing;");
        s.audit(
                ":outcome" + position + " <= " + facts.newPersonBasisPoints(),
                audit(facts, "'CREATE'", "'PERSON'", ":" + person + "::text", "null"));
        s.line("insert into linkage_person (person_id, region_code, surname, surname_key, surname_phonetic,"
                + " given_name, given_keys, given_phonetic, patronymic, birth_date, sex, snils, birth_certificate,"
                + " territory_code, address, co_subject_keys) values (:" + person + "::uuid, '" + REGION + "',"
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
        // The application files all of a person's keys with one statement, dropping those it no longer has.
        String filed = "array[" + String.join(", ", keys) + "]::bigint[]";
        s.line("with stale as (delete from linkage_block_key where person_id = :" + person + "::uuid and not"
                + " (block_key = any (" + filed + "))) insert into linkage_block_key (block_key, person_id)"
                + " select key, :" + person + "::uuid from unnest(" + filed + ") as key on conflict do nothing;");
        decision(s, decisions.get(0), "NEW_PERSON", ":" + person + "::uuid", position);
        s.line("\\else");
        // An automatic link or a review: the family lookups below need a person either way (read above).
        s.line("\\if :outcome" + position + " <= " + (facts.newPersonBasisPoints() + facts.autoLinkBasisPoints()));
        Decision linked = decisions.get(1);
        s.audit(
                ":outcome" + position + " > " + facts.newPersonBasisPoints() + " and :outcome" + position + " <= "
                        + (facts.newPersonBasisPoints() + facts.autoLinkBasisPoints()),
                audit(
                        facts,
                        "'LINK'",
                        "'PERSON'",
                        ":" + person + "::text",
                        literal(String.format(Locale.ROOT, "auto, score %s", linked.score()))));
        decision(s, linked, "AUTO_LINKED", ":" + person + "::uuid", position);
        s.line("\\else");
        decision(s, decisions.get(2), "NEEDS_REVIEW", "null", position);
        s.line("\\endif");
        s.line("\\endif");
    }

    private static void decision(Script s, Decision decision, String outcome, String person, int position) {
        s.line("insert into match_decision (id, region_code, source, source_ref, subject, outcome, score, decision,"
                + " candidates, person_id, decided_at) values (" + TIME_ORDERED_ID + ", '" + REGION + "', 'SIGNAL',"
                + " :sid::text || '#" + position + "', " + literal(decision.subject()) + "::jsonb, '" + outcome + "', "
                + decision.score() + ", " + literal(decision.decision()) + "::jsonb, "
                + literal(decision.candidates()) + "::jsonb, " + person + ", now()) returning id as did" + position
                + " \\gset");
    }

    /** The subject as the signal stores it, after the family: a person in review has no family yet. */
    private static void signalSubject(Script s, Facts facts, int position) {
        String role = position == 0 ? "CHILD" : "MOTHER";
        String outcome = ":outcome" + position;
        String person = ":p" + position + "::uuid";
        s.line("\\if " + outcome + " <= " + facts.newPersonBasisPoints());
        subjectRow(s, facts, position, role, "NEW_PERSON", person, ":fid::uuid");
        s.line("\\elif " + outcome + " <= " + (facts.newPersonBasisPoints() + facts.autoLinkBasisPoints()));
        subjectRow(s, facts, position, role, "AUTO_LINKED", person, ":fid::uuid");
        s.line("\\else");
        subjectRow(s, facts, position, role, "NEEDS_REVIEW", "null", "null");
        s.line("\\endif");
    }

    private static void subjectRow(
            Script s, Facts facts, int position, String role, String outcome, String person, String family) {
        s.line("insert into signal_subject (signal_id, region_code, position, role, reported, decision_id,"
                + " link_status, person_id, family_id) values (:sid::uuid, '" + REGION + "', " + position + ", '"
                + role + "', " + literal(facts.reported()) + "::jsonb, :did" + position + "::uuid, '" + outcome
                + "', " + person + ", " + family + ");");
    }

    /** An audit record of the API client's request. */
    private static String audit(Facts facts, String action, String subjectType, String subjectId, String details) {
        return audit(
                "'pgbench'",
                "'API_CLIENT'",
                uuid(facts.organisationId()),
                "'127.0.0.1'",
                action,
                subjectType,
                subjectId,
                details);
    }

    /** An audit record's values, in {@link Script#auditRows}' order; every argument is an SQL expression. */
    private static String audit(
            String actor,
            String actorKind,
            String organisation,
            String clientAddress,
            String action,
            String subjectType,
            String subjectId,
            String details) {
        return actor + ", " + actorKind + ", " + organisation + ", " + action + ", " + subjectType + ", " + subjectId
                + ", " + clientAddress + ", " + details;
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

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("no rows for: " + sql);
        }
        return values;
    }

    /** Lines of a pgbench script; a command ends at its semicolon or meta-command, so each goes on one line. */
    private static final class Script {
        private final StringBuilder text = new StringBuilder();
        private final List<String> audits = new ArrayList<>();

        void line(String line) {
            text.append(line).append('\n');
        }

        /**
         * An audit record to write with the transaction's others just before it commits, as the application does, if
         * the SQL condition holds (pgbench's branches decide which records a transaction has; the statement cannot).
         */
        void audit(String condition, String values) {
            audits.add("(" + condition + ", " + values + ")");
        }

        /** The transaction's audit records in one statement. */
        void auditRows() {
            if (audits.isEmpty()) {
                return;
            }
            line("insert into audit_event (occurred_at, actor, actor_kind, organisation_id, action, subject_type,"
                    + " subject_id, client_address, details) select now(), e.actor, e.kind, e.organisation::uuid,"
                    + " e.action, e.type, e.id, e.address, e.details from (values " + String.join(", ", audits)
                    + ") as e (included, actor, kind, organisation, action, type, id, address, details)"
                    + " where e.included;");
            audits.clear();
        }

        String text() {
            return text.toString();
        }
    }
}
