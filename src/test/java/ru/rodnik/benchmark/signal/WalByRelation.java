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
import java.util.stream.Collectors;

/**
 * Which tables and indexes a phase's WAL went to, read back from the WAL itself with {@code pg_walinspect} after the
 * phase: the blocks each relation's records touched, and how many of them were written whole (full-page images, the
 * first change of a page after a checkpoint). A relation whose changes land on random pages (an index on random keys)
 * writes a whole page far more often than one that grows at its end.
 */
final class WalByRelation {

    private static final int LISTED = 25;
    private static final int SUMMARISED = 5;

    private WalByRelation() {}

    /** The WAL's current position, where a phase starts. */
    static String position(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Reads the WAL from {@code start} to now, writes every relation's share to {@code listing} and answers the
     * largest shares of full-page images, e.g. {@code linkage_block_key_pkey 31 %, ...}.
     */
    static String since(Connection db, String start, Path listing) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create extension if not exists pg_walinspect");
        }
        List<String> lines = new ArrayList<>();
        lines.add("relation\tblocks\tfull-page images\tfull-page image kB");
        List<String[]> rows = new ArrayList<>();
        long allImages = 0;
        try (PreparedStatement query = db.prepareStatement("""
                select coalesce(c.relname, b.relfilenode::text)
                           || case b.relforknumber when 0 then '' else ' (fork ' || b.relforknumber || ')' end,
                       count(*), count(*) filter (where b.block_fpi_length > 0), coalesce(sum(b.block_fpi_length), 0)
                from pg_get_wal_block_info(?::pg_lsn, pg_current_wal_lsn()) b
                left join pg_class c on c.relfilenode = b.relfilenode
                    and b.reldatabase = (select oid from pg_database where datname = current_database())
                group by 1
                order by 3 desc, 2 desc""")) {
            query.setString(1, start);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long images = row.getLong(3);
                    allImages += images;
                    rows.add(new String[] {
                        row.getString(1),
                        Long.toString(row.getLong(2)),
                        Long.toString(images),
                        Long.toString(row.getLong(4) / 1024)
                    });
                }
            }
        } catch (SQLException e) {
            // A checkpoint inside the phase recycles the WAL before it; the phase's other figures still stand.
            return "not read (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        rows.stream().limit(LISTED).forEach(row -> lines.add(String.join("\t", row)));
        Files.write(listing, lines);
        long all = Math.max(1, allImages);
        return rows.stream()
                .limit(SUMMARISED)
                .map(row -> String.format(Locale.ROOT, "%s %.0f %%", row[0], 100.0 * Long.parseLong(row[2]) / all))
                .collect(Collectors.joining(", "));
    }
}
