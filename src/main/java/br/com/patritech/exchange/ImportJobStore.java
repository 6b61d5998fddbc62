package br.com.patritech.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The tables behind imports: {@code import_jobs} (one per run, its progress and counts), {@code import_rejections}
 * (each refused row's reasons with its original cells) and {@code import_mappings} (each user's last mapping).
 * Plain JDBC: the worker writes progress in short transactions of its own, outside any entity's life.
 */
@Component
class ImportJobStore {

    private static final String COLUMNS = "id, file_name, user_name, mode, status, total_rows, processed_rows,"
            + " imported_rows, rejected_rows, failure, created_at, finished_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportJobStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long create(long userId, String userName, String fileName, String locale, ImportMode mode, List<String> header) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into import_jobs (user_id, user_name, file_name, locale, mode, status,"
                    + " header, created_at) values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)", new String[] {"id"});
            ps.setLong(1, userId);
            ps.setString(2, userName);
            ps.setString(3, fileName);
            ps.setString(4, locale);
            ps.setString(5, mode.name());
            ps.setString(6, ImportCells.join(header));
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_jobs where id = ?", ImportJobStore::job, id).stream()
                .findFirst();
    }

    /** Whose job it is, and the file's header, for scoping and for the rejected-rows file. */
    Optional<Long> owner(long id) {
        return jdbc.queryForList("select user_id from import_jobs where id = ?", Long.class, id).stream().findFirst();
    }

    List<String> header(long id) {
        return ImportCells.split(jdbc.queryForObject("select header from import_jobs where id = ?", String.class, id));
    }

    Optional<ImportJob> latest(long userId) {
        return jdbc.query("select " + COLUMNS + " from import_jobs where user_id = ? order by id desc fetch first 1"
                + " rows only", ImportJobStore::job, userId).stream().findFirst();
    }

    void status(long id, ImportStatus status, int totalRows) {
        jdbc.update("update import_jobs set status = ?, total_rows = ?, processed_rows = 0, version = version + 1"
                + " where id = ?", status.name(), totalRows, id);
    }

    void progress(long id, int processed, int imported, int rejected) {
        jdbc.update("update import_jobs set processed_rows = ?, imported_rows = ?, rejected_rows = ?,"
                + " version = version + 1 where id = ?", processed, imported, rejected, id);
    }

    void finish(long id, ImportStatus status, int imported, int rejected, String failure) {
        jdbc.update("update import_jobs set status = ?, imported_rows = ?, rejected_rows = ?, failure = ?,"
                + " finished_at = ?, version = version + 1 where id = ?", status.name(), imported, rejected, failure,
                Timestamp.from(clock.instant()), id);
    }

    void reject(long jobId, List<Object[]> lineColumnMessageCells) {
        jdbc.batchUpdate("insert into import_rejections (job_id, line_number, column_name, message, cells)"
                + " values (?, ?, ?, ?, ?)", lineColumnMessageCells.stream().map(r -> {
                    Object[] row = new Object[5];
                    row[0] = jobId;
                    System.arraycopy(r, 0, row, 1, 4);
                    return row;
                }).toList());
    }

    List<ImportRejection> rejections(long jobId, int offset, int limit) {
        return jdbc.query("select line_number, column_name, message from import_rejections where job_id = ?"
                + " order by line_number, id offset ? rows fetch next ? rows only",
                (rs, n) -> new ImportRejection(rs.getInt(1), rs.getString(2), rs.getString(3)), jobId, offset, limit);
    }

    long rejectionCount(long jobId) {
        return jdbc.queryForObject("select count(*) from import_rejections where job_id = ?", Long.class, jobId);
    }

    /** Each refused line once, with its cells and all its messages, in file order, handed over as they are read. */
    void forEachRejectedLine(long jobId, java.util.function.BiConsumer<List<String>, String> line) {
        Map<Integer, Object[]> pending = new LinkedHashMap<>();
        jdbc.query("select line_number, cells, case when column_name is null then message"
                + " else column_name || ': ' || message end from import_rejections where job_id = ?"
                + " order by line_number, id", (ResultSet rs) -> {
                    int number = rs.getInt(1);
                    if (!pending.isEmpty() && !pending.containsKey(number)) {
                        Object[] done = pending.values().iterator().next();
                        line.accept(ImportCells.split((String) done[0]), (String) done[1]);
                        pending.clear();
                    }
                    pending.merge(number, new Object[] {rs.getString(2), rs.getString(3)},
                            (a, b) -> new Object[] {a[0], a[1] + "; " + b[1]});
                }, jobId);
        pending.values().forEach(done -> line.accept(ImportCells.split((String) done[0]), (String) done[1]));
    }

    Map<String, String> mapping(long userId) {
        Map<String, String> mapping = new LinkedHashMap<>();
        jdbc.queryForList("select mapping from import_mappings where user_id = ?", String.class, userId).stream()
                .findFirst().ifPresent(text -> Arrays.stream(text.split("\n")).map(l -> l.split("=", 2))
                        .filter(p -> p.length == 2).forEach(p -> mapping.put(p[0], p[1])));
        return mapping;
    }

    void saveMapping(long userId, Map<ImportColumn, String> mapping) {
        List<String> lines = new ArrayList<>();
        mapping.forEach((column, header) -> lines.add(column.name() + "=" + header.replace("\n", " ")));
        String text = String.join("\n", lines);
        if (jdbc.update("update import_mappings set mapping = ? where user_id = ?", text, userId) == 0) {
            jdbc.update("insert into import_mappings (user_id, mapping) values (?, ?)", userId, text);
        }
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp(12);
        return new ImportJob(rs.getLong(1), rs.getString(2), rs.getString(3), ImportMode.valueOf(rs.getString(4)),
                ImportStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getString(10), rs.getTimestamp(11).toInstant(), finished == null ? null : finished.toInstant());
    }
}
