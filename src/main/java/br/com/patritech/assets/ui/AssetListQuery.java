package br.com.patritech.assets.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.router.QueryParameters;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;

/**
 * The asset list's filter and sort as URL query parameters ({@code ?q=mesa&unit=3&status=ATIVO&sort=-value}),
 * so Back, reload and bookmarks show the same list. Unreadable parameters are ignored, never an error page.
 */
record AssetListQuery(AssetFilter filter, String sort) {

    static final String SEARCH = "q";
    static final String UNIT = "unit";
    static final String ROOM = "room";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String CLASSIFICATION = "classification";
    static final String CUSTODIAN = "custodian";
    static final String CUSTODY_PENDING = "pending";
    static final String SORT = "sort";

    static AssetListQuery from(QueryParameters query) {
        AssetFilter filter = AssetFilter.all()
                .withSearch(text(query, SEARCH))
                .withUnit(read(query, UNIT, Long::valueOf))
                .withCategory(read(query, CATEGORY, Long::valueOf))
                .withStatus(read(query, STATUS, AssetStatus::valueOf))
                .withClassification(read(query, CLASSIFICATION, Classification::valueOf))
                .withCustodian(read(query, CUSTODIAN, Long::valueOf))
                .withCustodyPending("true".equals(text(query, CUSTODY_PENDING)));
        filter = filter.withRoom(filter.unitId() == null ? null : read(query, ROOM, Long::valueOf));
        return new AssetListQuery(filter, text(query, SORT));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, SEARCH, filter.search());
        put(values, UNIT, filter.unitId());
        put(values, ROOM, filter.roomId());
        put(values, CATEGORY, filter.categoryId());
        put(values, STATUS, filter.status() == null ? null : filter.status().name());
        put(values, CLASSIFICATION, filter.classification() == null ? null : filter.classification().name());
        put(values, CUSTODIAN, filter.custodianId());
        put(values, CUSTODY_PENDING, filter.custodyPending() ? "true" : null);
        put(values, SORT, sort);
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
    }

    private static String text(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(s -> !s.isBlank()).orElse(null);
    }

    private static <T> T read(QueryParameters query, String name, Function<String, T> parse) {
        String text = text(query, name);
        try {
            return text == null ? null : parse.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
