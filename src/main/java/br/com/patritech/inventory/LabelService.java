package br.com.patritech.inventory;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import br.com.patritech.assets.AssetExportRows;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Installation;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.documents.LabelLayout;
import br.com.patritech.documents.LabelSheets;
import br.com.patritech.documents.LabelSheets.Label;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/**
 * Labels for the assets the user sees: each QR links to {@code /t/<tombo>}, which opens the asset after login.
 * The assets are read a page at a time (by tombo, keyset) while the PDF is written, so the size of the selection
 * does not matter to memory.
 */
@Service
public class LabelService {

    static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final Installation installation;
    private final CurrentUser currentUser;
    private final AssetExportRows rows;

    LabelService(JdbcClient jdbc, Installation installation, CurrentUser currentUser, AssetExportRows rows) {
        this.jdbc = jdbc;
        this.installation = installation;
        this.currentUser = currentUser;
        this.rows = rows;
    }

    /**
     * Labels for the asset list as filtered and sorted (its current filter, not only the ticked rows), in the list's
     * order, read by keyset pages while the PDF is written; written-off assets get none. Returns how many.
     */
    public int writeFiltered(AssetFilter filter, List<AssetSort> sort, LabelLayout layout, int start,
                             OutputStream out) {
        LabelLayout stock = layout == null ? LabelLayout.A4_3X10 : layout;
        if (start < 1 || start > stock.perPage()) {
            throw new DomainException("labels.start.range", "start", stock.perPage());
        }
        Iterator<AssetRow> all = rows.rows(filter, sort);
        Iterator<Label> labels = new Iterator<>() {
            private AssetRow next;

            @Override
            public boolean hasNext() {
                while (next == null && all.hasNext()) {
                    AssetRow row = all.next();
                    next = row.status() == AssetStatus.BAIXADO ? null : row;
                }
                return next != null;
            }

            @Override
            public Label next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String tombo = next.tombo();
                next = null;
                return new Label(installation.link("/t/" + tombo), tombo);
            }
        };
        return LabelSheets.write(stock, start, installation.institutionName(), labels, out);
    }

    /** Checks the request (bad input, scope) before anything is written; throws as the services do. */
    public void check(LabelRequest request) {
        AppUser user = currentUser.require();
        int choices = (request.assetIds().isEmpty() ? 0 : 1) + (request.unitId() == null ? 0 : 1)
                + (request.roomId() == null ? 0 : 1);
        Violations violations = new Violations();
        if (choices != 1) {
            violations.add(null, "labels.choose-one");
        }
        if (request.start() < 1 || request.start() > request.layout().perPage()) {
            violations.add("start", "labels.start.range", request.layout().perPage());
        }
        if (request.assetIds().size() > 10_000) {
            violations.add("assetIds", "labels.too-many", 10_000);
        }
        violations.throwIfAny();
        if (request.unitId() != null && !user.visibleUnits().contains(request.unitId())) {
            throw new NotFoundException("unit", request.unitId());
        }
        if (request.roomId() != null) {
            boolean visible = jdbc.sql("select unit_id from rooms where id = ?").param(request.roomId())
                    .query(Long.class).optional().filter(user.visibleUnits()::contains).isPresent();
            if (!visible) {
                throw new NotFoundException("room", request.roomId());
            }
        }
    }

    /** Writes the PDF; returns how many labels it holds. */
    public int write(LabelRequest request, OutputStream out) {
        check(request);
        UnitScope scope = currentUser.require().visibleUnits();
        return LabelSheets.write(request.layout(), request.start(), installation.institutionName(),
                new Pages(request, scope), out);
    }

    private List<String> page(LabelRequest request, UnitScope scope, String after, int limit) {
        String where = request.unitId() != null ? "unit_id = :unit" : request.roomId() != null ? "room_id = :room"
                : "id in (:ids)";
        var statement = jdbc.sql("select tombo from assets where " + where + " and status <> 'BAIXADO' and tombo > :after"
                + (scope.isAll() ? "" : " and unit_id in (:scope)") + " order by tombo fetch first " + limit + " rows only")
                .param("after", after);
        if (request.unitId() != null) {
            statement = statement.param("unit", request.unitId());
        } else if (request.roomId() != null) {
            statement = statement.param("room", request.roomId());
        } else {
            statement = statement.param("ids", request.assetIds());
        }
        if (!scope.isAll()) {
            statement = statement.param("scope", scope.sqlIds());
        }
        return statement.query(String.class).list();
    }

    /** The labels, fetched a page of tombos at a time as the PDF asks for them. */
    private final class Pages implements Iterator<Label> {
        private final LabelRequest request;
        private final UnitScope scope;
        private List<String> current = List.of();
        private int index;
        private String last = "";
        private boolean exhausted;

        Pages(LabelRequest request, UnitScope scope) {
            this.request = request;
            this.scope = scope;
        }

        @Override
        public boolean hasNext() {
            if (index < current.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            current = page(request, scope, last, PAGE);
            index = 0;
            exhausted = current.size() < PAGE;
            if (!current.isEmpty()) {
                last = current.get(current.size() - 1);
            }
            return !current.isEmpty();
        }

        @Override
        public Label next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String tombo = current.get(index++);
            // tombos hold only A-Z 0-9 . / - : safe in a path as they are
            return new Label(installation.link("/t/" + tombo), tombo);
        }
    }
}
