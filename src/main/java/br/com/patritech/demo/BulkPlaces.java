package br.com.patritech.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The places and categories a bulk load spreads assets over, as a real network has them: about 50 units of very
 * different sizes (a headquarters, large schools, small clinics), 10 rooms each, 40 categories. Tops up what the
 * demo data created; everything it adds is coded BK-... so it is easy to tell apart.
 */
final class BulkPlaces {

    static final int UNITS = 50;
    static final int ROOMS_PER_UNIT = 10;
    static final int CATEGORIES = 40;
    private static final String[] ROOM_NAMES = {"Secretaria", "Diretoria", "Almoxarifado", "Sala de aula", "Laboratório",
        "Biblioteca", "Cozinha", "Recepção", "Auditório", "Arquivo", "Consultório", "Depósito"};
    private static final String[] CATEGORY_NAMES = {"Informática", "Mobiliário", "Eletrodomésticos", "Veículos",
        "Equipamentos médicos", "Áudio e vídeo", "Ferramentas", "Climatização", "Telefonia", "Esportes"};

    record Room(long unitId, String unitCode, long roomId, String roomName) {
    }

    record Category(long id, String name) {
    }

    private BulkPlaces() {
    }

    /** Tops the units and rooms up to a network's, when {@code topUp}; else spreads over what exists. */
    static List<Room> rooms(JdbcTemplate jdbc, boolean topUp) {
        if (topUp) {
            topUpUnitsAndRooms(jdbc);
        }
        List<Room> result = new ArrayList<>();
        jdbc.query("select u.id unit_id, u.code, r.id room_id, r.name from rooms r join units u on u.id = r.unit_id"
                + " order by u.id, r.id", rs -> {
                    result.add(new Room(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                });
        return result;
    }

    private static void topUpUnitsAndRooms(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        int units = jdbc.queryForObject("select count(*) from units", Integer.class);
        for (int i = units + 1; i <= UNITS; i++) {
            jdbc.update("insert into units (code, name, active, version, created_at, created_by) values (?, ?, true, 0, ?,"
                    + " 'carga em massa')", String.format("BK-%03d", i), "Unidade de carga " + i, now);
        }
        for (Map<String, Object> unit : jdbc.queryForList("select id from units order by id")) {
            long unitId = ((Number) unit.get("id")).longValue();
            int rooms = jdbc.queryForObject("select count(*) from rooms where unit_id = ?", Integer.class, unitId);
            for (int r = rooms; r < ROOMS_PER_UNIT; r++) {
                jdbc.update("insert into rooms (unit_id, name, version, created_at, created_by) values (?, ?, 0, ?,"
                        + " 'carga em massa')", unitId, ROOM_NAMES[r % ROOM_NAMES.length] + " " + (r + 1), now);
            }
        }
    }

    static List<Category> categories(JdbcTemplate jdbc, boolean topUp) {
        Timestamp now = Timestamp.from(Instant.now());
        int existing = jdbc.queryForObject("select count(*) from categories", Integer.class);
        for (int i = existing + 1; topUp && i <= CATEGORIES; i++) {
            jdbc.update("insert into categories (name, tombo_prefix, version, created_at, created_by) values (?, ?, 0, ?,"
                    + " 'carga em massa')", CATEGORY_NAMES[i % CATEGORY_NAMES.length] + " " + i, "BK" + i, now);
        }
        List<Category> result = new ArrayList<>();
        jdbc.query("select id, name from categories order by id",
                rs -> {
                    result.add(new Category(rs.getLong(1), rs.getString(2)));
                });
        return result;
    }
}
