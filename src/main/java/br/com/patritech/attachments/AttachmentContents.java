package br.com.patritech.attachments;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import br.com.patritech.security.UnitScope;

/** The bytes of the attachments, read and written apart from their metadata (plain SQL, one row per file). */
@Component
class AttachmentContents {

    private final JdbcClient jdbc;

    AttachmentContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long attachmentId, byte[] content, byte[] thumbnail) {
        jdbc.sql("insert into asset_attachment_contents (attachment_id, content, thumbnail) values (?, ?, ?)")
                .params(attachmentId, content, thumbnail).update();
    }

    Optional<byte[]> content(long attachmentId) {
        return jdbc.sql("select content from asset_attachment_contents where attachment_id = ?").param(attachmentId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    Optional<byte[]> thumbnail(long attachmentId) {
        return jdbc.sql("select thumbnail from asset_attachment_contents where attachment_id = ? and thumbnail is not null")
                .param(attachmentId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    /**
     * The newest live photo of each of these assets that the scope sees, by asset id: one query for a page of the
     * list, however many rows it has.
     */
    Map<Long, Long> newestPhotos(Collection<Long> assetIds, UnitScope scope) {
        Map<Long, Long> photos = new HashMap<>();
        if (assetIds.isEmpty()) {
            return photos;
        }
        String sql = "select f.asset_id, max(f.id) from asset_attachments f join assets a on a.id = f.asset_id"
                + " where f.asset_id in (:assets) and f.kind = 'PHOTO' and f.deleted_at is null"
                + (scope.isAll() ? "" : " and a.unit_id in (:units)") + " group by f.asset_id";
        var statement = jdbc.sql(sql).param("assets", assetIds);
        if (!scope.isAll()) {
            statement = statement.param("units", scope.sqlIds());
        }
        statement.query((rs, i) -> photos.put(rs.getLong(1), rs.getLong(2))).list();
        return photos;
    }

    /** Removes for good what was deleted before {@code cutoff}; the contents go with them (on delete cascade). */
    int purgeDeletedBefore(Instant cutoff) {
        jdbc.sql("delete from asset_attachment_contents where attachment_id in"
                + " (select id from asset_attachments where deleted_at < ?)").param(java.sql.Timestamp.from(cutoff)).update();
        return jdbc.sql("delete from asset_attachments where deleted_at < ?").param(java.sql.Timestamp.from(cutoff)).update();
    }
}
