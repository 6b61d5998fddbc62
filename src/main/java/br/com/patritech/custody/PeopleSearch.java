package br.com.patritech.custody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import br.com.patritech.security.UnitScope;

/**
 * The people list's JPQL: limited to the caller's units, optionally one unit and the active, and a search in name,
 * registration (ignoring case, '%' and '_' literal) and CPF digits.
 */
record PeopleSearch(String jpql, Map<String, Object> params) {

    static PeopleSearch of(String select, String search, Long unitId, boolean activeOnly, UnitScope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.isAll()) {
            clauses.add("p.unitId in :scope");
            params.put("scope", scope.sqlIds());
        }
        if (unitId != null) {
            clauses.add("p.unitId = :unit");
            params.put("unit", unitId);
        }
        if (activeOnly) {
            clauses.add("p.active = true");
        }
        String text = search == null || search.isBlank() ? null : search.trim();
        if (text != null) {
            String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            String digits = text.replaceAll("\\D", "");
            clauses.add("(lower(p.name) like :q escape '\\' or lower(p.registration) like :q escape '\\'"
                    + (digits.length() >= 3 ? " or p.cpf like :cpf" : "") + ")");
            params.put("q", like);
            if (digits.length() >= 3) {
                params.put("cpf", "%" + digits + "%");
            }
        }
        return new PeopleSearch(select + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses)), params);
    }
}
