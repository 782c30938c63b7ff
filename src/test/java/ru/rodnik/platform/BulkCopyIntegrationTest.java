package ru.rodnik.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rodnik.support.RodnikIntegrationTest;

/** What goes through COPY comes back from PostgreSQL exactly as written, whatever characters it holds. */
@RodnikIntegrationTest
class BulkCopyIntegrationTest {

    @Autowired
    JdbcTemplate template;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    record Row(
            int id,
            @Nullable String text,
            List<String> keys,
            @Nullable LocalDate day,
            @Nullable UUID ref) {}

    @Test
    void textWithQuotesCommasNewlinesAndBackslashesArrivesUnchanged() {
        UUID ref = UUID.randomUUID();
        List<Row> written = List.of(
                new Row(1, "Иванова, \"Маша\"", List.of("a"), LocalDate.of(2015, 7, 21), ref),
                new Row(2, "first line\nsecond line\r\nthird", List.of(), null, null),
                new Row(3, "C:\\dir\\file \\N", List.of("x"), null, null),
                new Row(4, "\"\"", List.of("y"), null, null),
                new Row(5, ",", List.of("z"), null, null));

        assertThat(copyAndReadBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void nullIsNullAndAnEmptyStringStaysAString() {
        List<Row> written = List.of(new Row(1, null, List.of(), null, null), new Row(2, "", List.of(""), null, null));

        List<Row> read = copyAndReadBack(written);

        assertThat(read.get(0).text()).isNull();
        assertThat(read.get(1).text()).isEmpty();
        assertThat(read).containsExactlyElementsOf(written);
    }

    @Test
    void arrayElementsWithQuotesBackslashesCommasAndBracesArriveUnchanged() {
        List<String> keys = List.of(
                "plain",
                "with \"quotes\"",
                "back\\slash",
                "trailing\\",
                "a,b",
                "{braces}",
                "NULL",
                "two words",
                "line\nbreak",
                "ёлка");
        List<Row> written = List.of(new Row(1, "keys", keys, null, null));

        assertThat(copyAndReadBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void arrayLiteralQuotesEveryElement() {
        assertThat(BulkCopy.arrayLiteral(List.of())).isEqualTo("{}");
        assertThat(BulkCopy.arrayLiteral(List.of("a", "b\"c", "d\\e"))).isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\"}");
    }

    private List<Row> copyAndReadBack(List<Row> rows) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql(
                            "create temporary table copied (id int, text text, keys text[], day date, ref uuid) on commit drop")
                    .update();
            template.execute((ConnectionCallback<Void>) connection -> {
                try (Writer out = BulkCopy.copyIn(
                        connection, "copy copied (id, text, keys, day, ref) from stdin with (format csv)")) {
                    for (Row row : rows) {
                        BulkCopy.csvRow(
                                out, row.id(), row.text(), BulkCopy.arrayLiteral(row.keys()), row.day(), row.ref());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            return jdbc.sql("select id, text, keys, day, ref from copied order by id")
                    .query(BulkCopyIntegrationTest::row)
                    .list();
        });
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getInt("id"),
                rs.getString("text"),
                new ArrayList<>(Arrays.asList((String[]) rs.getArray("keys").getArray())),
                rs.getObject("day", LocalDate.class),
                rs.getObject("ref", UUID.class));
    }
}
