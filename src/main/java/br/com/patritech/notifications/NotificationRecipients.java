package br.com.patritech.notifications;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who hears of what (decision 0018), asked of the accounts tables in one query each. */
@Component
class NotificationRecipients {

    private final JdbcClient jdbc;

    NotificationRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who may accept a guide into the unit: its GESTORs holding ASSET_TRANSFER; when it has none, the ADMINs (who may
     * accept anywhere, but would otherwise hear of every guide).
     */
    List<Long> mayAcceptIn(long unitId, long senderId) {
        List<Long> gestores = jdbc.sql("""
                        select u.id from users u where u.active = true and u.role = 'GESTOR' and u.id <> ?
                          and exists (select 1 from user_units uu where uu.user_id = u.id and uu.unit_id = ?)
                          and exists (select 1 from user_permissions p where p.user_id = u.id
                                      and p.permission = 'ASSET_TRANSFER')""")
                .params(senderId, unitId).query(Long.class).list();
        return gestores.isEmpty() ? admins(senderId) : gestores;
    }

    /** A closed month changes every unit's book values: ADMINs and GESTORs hear of it. */
    List<Long> managers() {
        return jdbc.sql("select id from users where active = true and role in ('ADMIN', 'GESTOR')")
                .query(Long.class).list();
    }

    /** The people whose account lists the unit (any role), except whoever acted. */
    List<Long> ofUnit(long unitId, long actorId) {
        return jdbc.sql("""
                        select u.id from users u join user_units uu on uu.user_id = u.id
                        where uu.unit_id = ? and u.active = true and u.id <> ?""")
                .params(unitId, actorId).query(Long.class).list();
    }

    private List<Long> admins(long except) {
        return jdbc.sql("select id from users where active = true and role = 'ADMIN' and id <> ?")
                .param(except).query(Long.class).list();
    }
}
