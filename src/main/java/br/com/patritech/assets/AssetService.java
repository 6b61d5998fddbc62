package br.com.patritech.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * Assets: list, register, edit, move, write off and revert, each with its history entry. The single place
 * where who may do what to which unit's assets is decided; the UI and the API both call it. Which actions each
 * state allows is {@link AssetStatus}'s table; other features veto movements through {@link AssetMovementVeto}.
 */
@Service
public class AssetService {

    private final AssetRepository assets;
    private final AssetQueries queries;
    private final AssetTotalsLedger ledger;
    private final AssetHistory historyReader;
    private final AssetHistoryWriter history;
    private final ObjectProvider<AssetMovementVeto> vetoes;
    private final AssetReferences references;
    private final TomboGenerator tombos;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final int exactTotalsLimit;
    private final int searchTotalsLimit;
    private final ApplicationEventPublisher events;

    AssetService(AssetRepository assets, AssetQueries queries, AssetTotalsLedger ledger, AssetHistory historyReader,
                 AssetHistoryWriter history,
                 ObjectProvider<AssetMovementVeto> vetoes, AssetReferences references, TomboGenerator tombos,
                 CurrentUser currentUser, EntityManager em, Clock clock,
                 @Value("${patritech.assets.exact-totals-limit:10000}") int exactTotalsLimit,
                 @Value("${patritech.assets.search-totals-limit:1000}") int searchTotalsLimit,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.assets = assets;
        this.queries = queries;
        this.ledger = ledger;
        this.historyReader = historyReader;
        this.history = history;
        this.vetoes = vetoes;
        this.references = references;
        this.tombos = tombos;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.exactTotalsLimit = exactTotalsLimit;
        this.searchTotalsLimit = searchTotalsLimit;
    }

    /**
     * A page of the list; sort keys are those of the list's columns. A text search is counted first (capped, see
     * {@link #totals}) to know how its matches can be read; a caller that already holds the filter's totals passes
     * them to the other {@code find} instead of having them counted again.
     */
    @Transactional(readOnly = true)
    public List<AssetRow> find(AssetFilter filter, List<AssetSort> sort, int offset, int limit) {
        return find(filter, sort, offset, limit, isSearch(filter) ? totals(filter) : null);
    }

    /**
     * A page of the list, given the filter's {@code totals} as {@link #totals} answered them (null when there is no
     * text search). A search that matches more than its totals count is listed only in an order that
     * {@link AssetSortKey#servesBroadSearch() serves a broad search}; any other order is refused on {@code sort}.
     */
    @Transactional(readOnly = true)
    public List<AssetRow> find(AssetFilter filter, List<AssetSort> sort, int offset, int limit, AssetTotals totals) {
        AppUser user = currentUser.require();
        boolean broad = isSearch(filter) && (totals == null || !totals.exact());
        if (broad && sort.stream().anyMatch(s -> !s.key().servesBroadSearch())) {
            throw new DomainException("assets.search.broad-sort", "sort", searchTotalsLimit);
        }
        return queries.page(filter, user.visibleUnits(), sort, offset, Math.min(limit, 500), isSearch(filter) && !broad);
    }

    /** A page of the list with the filter's totals, as {@link #totals} and {@link #find} answer them apart. */
    public record PageWithTotals(List<AssetRow> rows, AssetTotals totals) {
    }

    /**
     * A page and the filter's totals, as the API lists: a text search of few matches is counted, summed and paged in
     * one read of its matches; every other filter, a broad search, and a page past the last match, as {@link #totals}
     * then {@link #find}.
     */
    @Transactional(readOnly = true)
    public PageWithTotals findWithTotals(AssetFilter filter, List<AssetSort> sort, int offset, int limit) {
        AppUser user = currentUser.require();
        AssetTotals totals = null;
        if (isSearch(filter)) {
            var read = queries.searchPage(filter, user.visibleUnits(), sort, offset, Math.min(limit, 500),
                    searchTotalsLimit);
            if (read.page() != null) {
                return new PageWithTotals(read.page(), read.totals());
            }
            totals = read.totals();
        }
        AssetTotals counted = totals == null ? totals(filter) : totals;
        return new PageWithTotals(find(filter, sort, offset, limit, counted), counted);
    }

    private static boolean isSearch(AssetFilter filter) {
        return filter.search() != null && !filter.search().isBlank();
    }

    /** The page right after {@code after} in its order (keyset paging: as fast at the end as at the start). */
    @Transactional(readOnly = true)
    public List<AssetRow> findAfter(AssetFilter filter, AssetPosition after, int limit) {
        AppUser user = currentUser.require();
        return queries.pageAfter(filter, user.visibleUnits(), after, Math.min(limit, 500));
    }

    /**
     * Exact, or "more than" the limit without value: a text search is counted up to {@code
     * patritech.assets.search-totals-limit} matches, a room or a responsible person up to {@code
     * patritech.assets.exact-totals-limit}; every other filter exactly, from the maintained cells.
     */
    @Transactional(readOnly = true)
    public AssetTotals totals(AssetFilter filter) {
        return queries.totals(filter, currentUser.require().visibleUnits(),
                isSearch(filter) ? searchTotalsLimit : exactTotalsLimit);
    }

    /**
     * The ids of the assets a filter lists, at most {@code limit} + 1 of them in no particular order (more than
     * {@code limit} means "too many to sum"): for features that total their own figures over the list's filter.
     */
    @Transactional(readOnly = true)
    public List<Long> idsMatching(AssetFilter filter, int limit) {
        return queries.idsMatching(filter, currentUser.require().visibleUnits(), limit);
    }

    /** How many matches of a text search are counted and summed exactly. */
    public int searchTotalsLimit() {
        return searchTotalsLimit;
    }

    @Transactional(readOnly = true)
    public AssetDetails get(long id) {
        AppUser user = currentUser.require();
        return details(visible(id, user), user);
    }

    @Transactional(readOnly = true)
    public List<AssetHistoryEntry> history(long id) {
        visible(id, currentUser.require());
        return historyReader.of(id);
    }

    /**
     * The tombo a registration in this category and unit would get now. A unit where the caller may not register
     * is answered as an unknown one: the suggestion tells nothing about other units' series.
     */
    @Transactional(readOnly = true)
    public String suggestTombo(Long categoryId, Long unitId) {
        AppUser user = currentUser.require();
        Category category = references.find(Category.class, categoryId);
        Unit unit = unitId == null || !user.unitsFor(Permission.ASSET_CREATE).contains(unitId) ? null
                : references.find(Unit.class, unitId);
        return tombos.suggest(category == null ? "" : category.getTomboPrefix(), unit == null ? "" : unit.getCode());
    }

    /** Whether the current user may register assets in at least one unit (to show or hide the button). */
    public boolean canRegisterAny() {
        return currentUser.get().map(u -> !u.unitsFor(Permission.ASSET_CREATE).isEmpty()).orElse(false);
    }

    @Transactional
    public AssetDetails create(AssetForm form) {
        AppUser user = currentUser.require();
        if (form.getUnitId() != null && !user.unitsFor(Permission.ASSET_CREATE).contains(form.getUnitId())) {
            throw new AccessDeniedException("No permission to register assets in unit " + form.getUnitId());
        }
        if (user.unitsFor(Permission.ASSET_CREATE).isEmpty()) {
            throw new AccessDeniedException("No permission to register assets");
        }
        Violations violations = AssetRules.check(form, clock);
        checkSelectable(form.getStatus(), violations);
        String tombo = form.getTombo() == null ? "" : form.getTombo().trim().toUpperCase(java.util.Locale.ROOT);
        if (!tombo.isEmpty() && !AssetRules.validTombo(tombo)) {
            violations.add("tombo", "asset.tombo.invalid");
        } else if (!tombo.isEmpty() && assets.existsByTombo(tombo)) {
            violations.add("tombo", "asset.tombo.duplicate");
        }
        Unit unit = references.unit(form.getUnitId(), violations);
        references.requireActive(unit, violations);
        Category category = references.category(form.getCategoryId(), violations);
        Room room = references.roomIn(unit, form.getRoomId(), violations);
        violations.throwIfAny();
        if (tombo.isEmpty()) {
            tombo = tombos.claim(category.getTomboPrefix(), unit.getCode());
        } else {
            tombos.skipPast(category.getTomboPrefix(), unit.getCode(), tombo);
        }
        Asset asset = new Asset(tombo);
        AssetRules.copy(form, asset, category);
        asset.setStatus(form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus());
        asset.moveTo(unit, room);
        asset = assets.save(asset);
        ledger.added(asset);
        history.append(asset.getId(), AssetEventType.CREATED, user, null, new HistoryChanges());
        return details(asset, user);
    }

    /** Saves an edit made on the given version; unit and room change only by a move. */
    @Transactional
    public AssetDetails update(long id, long expectedVersion, AssetForm form) {
        AppUser user = currentUser.require();
        Asset asset = forAction(AssetAction.EDIT, id, expectedVersion, user);
        Violations violations = AssetRules.check(form, clock);
        if (form.getTombo() != null && !form.getTombo().isBlank() && !form.getTombo().trim().equalsIgnoreCase(asset.getTombo())) {
            violations.add("tombo", "asset.tombo.immutable");
        }
        if (!asset.getUnit().getId().equals(form.getUnitId()) || !sameRoom(asset.getRoom(), form.getRoomId())) {
            violations.add(!asset.getUnit().getId().equals(form.getUnitId()) ? "unitId" : "roomId",
                    "asset.location.use-transfer");
        }
        violations.require(form.getStatus(), "status");
        checkSelectable(form.getStatus(), violations);
        Category category = references.category(form.getCategoryId(), violations);
        violations.throwIfAny();
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.NAME, asset.getName(), form.getName())
                .add(HistoryField.DESCRIPTION, asset.getDescription(), form.getDescription())
                .add(HistoryField.SERIAL_NUMBER, asset.getSerialNumber(), form.getSerialNumber())
                .add(HistoryField.CATEGORY, asset.getCategory().getName(), category.getName())
                .add(HistoryField.ACQUISITION_VALUE, asset.getAcquisitionValue(), form.getAcquisitionValue())
                .add(HistoryField.ACQUISITION_DATE, asset.getAcquisitionDate(), form.getAcquisitionDate())
                .add(HistoryField.SUPPLIER, asset.getSupplier(), form.getSupplier())
                .add(HistoryField.INVOICE_NUMBER, asset.getInvoiceNumber(), form.getInvoiceNumber())
                .add(HistoryField.ORIGIN, asset.getOrigin(), form.getOrigin())
                .add(HistoryField.CONSERVATION, asset.getConservation(), form.getConservation())
                .add(HistoryField.CLASSIFICATION, asset.getClassification(), form.getClassification())
                .add(HistoryField.STATUS, asset.getStatus(), form.getStatus());
        if (changes.isEmpty()) {
            return details(asset, user);
        }
        var before = AssetTotalsLedger.Cell.of(asset);
        AssetRules.copy(form, asset, category);
        asset.setStatus(form.getStatus());
        ledger.changed(before, asset);
        history.append(asset.getId(), AssetEventType.UPDATED, user, null, changes);
        return flushed(asset, user);
    }

    /**
     * Moves the asset at once to another room of its unit (recorded as TRANSFERRED in its history). Another unit
     * receives assets only through a transfer guide, which that unit accepts (decision 0010).
     */
    @Transactional
    public AssetDetails transfer(long id, long expectedVersion, MoveRequest request) {
        AppUser user = currentUser.require();
        Asset asset = forAction(AssetAction.MOVE, id, expectedVersion, user);
        Violations violations = new Violations().require(request.unitId(), "unitId").maxLength(request.note(), 2000, "note");
        if (request.unitId() != null && !request.unitId().equals(asset.getUnit().getId())) {
            violations.add("unitId", "asset.transfer.other-unit-needs-guide");
            violations.throwIfAny();
        }
        Unit unit = asset.getUnit();
        Room room = references.roomIn(unit, request.roomId(), violations);
        if (sameRoom(asset.getRoom(), request.roomId())) {
            violations.add("roomId", "asset.transfer.same-place");
        }
        violations.throwIfAny();
        checkVetoes(asset, AssetAction.MOVE, unit.getId());
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.ROOM, asset.getRoom() == null ? null : asset.getRoom().getName(),
                        room == null ? null : room.getName());
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.moveTo(unit, room);
        ledger.changed(before, asset);
        history.append(asset.getId(), AssetEventType.TRANSFERRED, user, request.note(), changes);
        return flushed(asset, user);
    }

    @Transactional
    public AssetDetails writeOff(long id, long expectedVersion, WriteOffRequest request) {
        AppUser user = currentUser.require();
        Asset asset = forAction(AssetAction.WRITE_OFF, id, expectedVersion, user);
        Violations violations = new Violations().require(request.date(), "date").require(request.reason(), "reason")
                .maxLength(request.processNumber(), 60, "processNumber").maxLength(request.note(), 2000, "note");
        if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
            violations.add("date", "writeoff.date.future");
        }
        if (request.date() != null && asset.getAcquisitionDate() != null && request.date().isBefore(asset.getAcquisitionDate())) {
            violations.add("date", "writeoff.date.before-acquisition");
        }
        violations.throwIfAny();
        checkVetoes(asset, AssetAction.WRITE_OFF, null);
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.STATUS, asset.getStatus(), AssetStatus.BAIXADO)
                .add(HistoryField.WRITE_OFF_DATE, null, request.date())
                .add(HistoryField.WRITE_OFF_REASON, null, request.reason())
                .add(HistoryField.WRITE_OFF_PROCESS, null, request.processNumber());
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.writeOff(request.date(), request.reason(), blankToNull(request.processNumber()), blankToNull(request.note()),
                user.name());
        ledger.changed(before, asset);
        history.append(asset.getId(), AssetEventType.WRITTEN_OFF, user, request.note(), changes);
        events.publishEvent(new AssetWrittenOff(asset.getId(), asset.getTombo(), asset.getUnit().getId(), user.id()));
        return flushed(asset, user);
    }

    /** Only an administrator undoes a write-off, and says why. */
    @Transactional
    public AssetDetails revertWriteOff(long id, long expectedVersion, String justification) {
        AppUser user = currentUser.require();
        Asset asset = forAction(AssetAction.REVERT_WRITE_OFF, id, expectedVersion, user);
        if (justification == null || justification.trim().length() < 10) {
            throw new DomainException("writeoff.revert.justification", "justification");
        }
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.STATUS, AssetStatus.BAIXADO, AssetStatus.ATIVO)
                .add(HistoryField.WRITE_OFF_DATE, asset.getWriteOffDate(), null)
                .add(HistoryField.WRITE_OFF_REASON, asset.getWriteOffReason(), null);
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.revertWriteOff();
        ledger.changed(before, asset);
        history.append(asset.getId(), AssetEventType.WRITE_OFF_REVERTED, user, justification, changes);
        events.publishEvent(new AuditedAction("WRITE_OFF_REVERTED", asset.getTombo() + " — " + asset.getName(),
                asset.getUnit().getId(), justification));
        return flushed(asset, user);
    }

    /**
     * What opens every action: the asset as the caller sees it, the caller's permission for the action in its
     * unit, the version the caller loaded, and the lifecycle's consent in the asset's current state.
     */
    private Asset forAction(AssetAction action, long id, long expectedVersion, AppUser user) {
        Asset asset = visible(id, user);
        if (!action.permittedFor(user, asset.getUnit().getId())) {
            throw new AccessDeniedException("No permission to " + action + " asset " + id);
        }
        if (asset.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Asset.class, asset.getId());
        }
        if (!asset.getStatus().allows(action)) {
            throw DomainException.of(asset.getStatus().refusal(action));
        }
        return asset;
    }

    private void checkVetoes(Asset asset, AssetAction action, Long toUnitId) {
        AssetMovement movement = new AssetMovement(asset.getId(), action, asset.getUnit().getId(), toUnitId);
        vetoes.orderedStream().forEach(veto -> veto.check(movement));
    }

    static void checkSelectable(AssetStatus status, Violations violations) {
        if (status == AssetStatus.BAIXADO) {
            violations.add("status", "asset.status.use-write-off");
        } else if (status != null && !status.selectableInForm()) {
            violations.add("status", "asset.status.not-selectable");
        }
    }

    /** Outside the caller's units an asset does not exist for them: same answer as a wrong id. */
    private Asset visible(long id, AppUser user) {
        return assets.findById(id).filter(a -> user.visibleUnits().contains(a.getUnit().getId()))
                .orElseThrow(() -> new NotFoundException("asset", id));
    }

    private static boolean sameRoom(Room room, Long roomId) {
        return room == null ? roomId == null : room.getId().equals(roomId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Flushes so the answer carries the new version (and a concurrent change fails here, not later). */
    private AssetDetails flushed(Asset asset, AppUser user) {
        em.flush();
        return details(asset, user);
    }

    private AssetDetails details(Asset a, AppUser user) {
        long unitId = a.getUnit().getId();
        var allowed = new AssetDetails.AllowedActions(may(AssetAction.EDIT, a, user), may(AssetAction.MOVE, a, user),
                may(AssetAction.WRITE_OFF, a, user), may(AssetAction.REVERT_WRITE_OFF, a, user));
        boolean writtenOff = a.getStatus() == AssetStatus.BAIXADO;
        var writeOff = !writtenOff ? null : new AssetDetails.WriteOff(a.getWriteOffDate(), a.getWriteOffReason(),
                a.getWriteOffProcess(), a.getWriteOffNote(), a.getWrittenOffBy());
        return new AssetDetails(a.getId(), a.getVersion(), a.getTombo(), a.getName(), a.getDescription(),
                a.getSerialNumber(), a.getCategory().getId(), a.getCategory().getName(), unitId, a.getUnit().getCode(),
                a.getUnit().getName(), a.getRoom() == null ? null : a.getRoom().getId(),
                a.getRoom() == null ? null : a.getRoom().getName(), a.getAcquisitionValue(), a.getAcquisitionDate(),
                a.getSupplier(), a.getInvoiceNumber(), a.getOrigin(), a.getConservation(), a.getClassification(),
                a.getStatus(), writeOff, a.getCreatedAt(), a.getCreatedBy(), a.getUpdatedAt(), a.getUpdatedBy(), allowed);
    }

    /** What the screens offer comes from the same table the actions check. */
    private static boolean may(AssetAction action, Asset asset, AppUser user) {
        return asset.getStatus().allows(action) && action.permittedFor(user, asset.getUnit().getId());
    }
}
