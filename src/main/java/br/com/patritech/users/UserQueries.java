package br.com.patritech.users;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.UnitScope;

/** The JPQL behind the paged users list: scoping and search run in the database, never over a list in memory. */
final class UserQueries {

    private UserQueries() {
    }

    /**
     * Users the caller may see (all for administrators, those sharing one of the units where the caller manages
     * users otherwise) whose name, e-mail or CPF contains the search text.
     */
    static <T> TypedQuery<T> visible(EntityManager entityManager, AppUser caller, String search, Class<T> type,
                                     String select, String orderBy) {
        UnitScope scope = caller.unitsFor(Permission.USER_MANAGE);
        StringBuilder jpql = new StringBuilder("select ").append(select).append(" from User u where 1 = 1");
        if (!scope.isAll()) {
            jpql.append(" and u.id in (select m.id from User m join m.unitIds unitId where unitId in :unitIds)");
        }
        String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\D", "");
        if (!text.isEmpty()) {
            jpql.append(" and (lower(u.name) like :text escape '\\' or u.email like :text escape '\\'");
            if (!digits.isEmpty()) {
                jpql.append(" or u.cpf like :digits");
            }
            jpql.append(")");
        }
        if (orderBy != null) {
            jpql.append(" order by ").append(orderBy);
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type);
        if (!scope.isAll()) {
            query.setParameter("unitIds", scope.sqlIds());
        }
        if (!text.isEmpty()) {
            query.setParameter("text", "%" + escapeLike(text) + "%");
            if (!digits.isEmpty()) {
                query.setParameter("digits", "%" + digits + "%");
            }
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
