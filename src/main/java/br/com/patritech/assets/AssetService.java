package br.com.patritech.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/**
 * Assets: list, register, edit, transfer, write off and revert, each with its history entry. The single place
 * where who may do what to which unit's assets is decided; the UI and the API both call it.
 */
@Service
public class AssetService {

    private final AssetRepository assets;
    private final AssetQueries queries;
    private final AssetHistory history;
    private final TomboGenerator tombos;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    AssetService(AssetRepository assets, AssetQueries queries, AssetHistory history, TomboGenerator tombos,
                 CurrentUser currentUser, EntityManager em, Clock clock) {
        this.assets = assets;
        this.queries = queries;
        this.history = history;
        this.tombos = tombos;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** A page of the list; sort keys are those of the list's columns. */
    @Transactional(readOnly = true)
    public List<AssetRow> find(AssetFilter filter, List<AssetSort> sort, int offset, int limit) {
        AppUser user = currentUser.require();
        return queries.page(filter, user.visibleUnits(), sort, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public AssetTotals totals(AssetFilter filter) {
        return queries.totals(filter, currentUser.require().visibleUnits());
    }

    @Transactional(readOnly = true)
    public AssetDetails get(long id) {
        AppUser user = currentUser.require();
        return details(visible(id, user), user);
    }

    @Transactional(readOnly = true)
    public List<AssetHistoryEntry> history(long id) {
        visible(id, currentUser.require());
        return history.of(id);
    }

    /** The tombo a registration in this category and unit would get now. */
    @Transactional(readOnly = true)
    public String suggestTombo(Long categoryId, Long unitId) {
        currentUser.require();
        Category category = categoryId == null ? null : em.find(Category.class, categoryId);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
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
        if (!user.has(Permission.ASSET_CREATE)) {
            throw new AccessDeniedException("No permission to register assets");
        }
        Violations violations = AssetRules.check(form, clock);
        if (form.getStatus() == AssetStatus.BAIXADO) {
            violations.add("status", "asset.status.use-write-off");
        }
        String tombo = form.getTombo() == null ? "" : form.getTombo().trim().toUpperCase(java.util.Locale.ROOT);
        if (!tombo.isEmpty() && !tombo.matches("[A-Z0-9][A-Z0-9./-]{0,39}")) {
            violations.add("tombo", "asset.tombo.invalid");
        } else if (!tombo.isEmpty() && assets.existsByTombo(tombo)) {
            violations.add("tombo", "asset.tombo.duplicate");
        }
        Unit unit = form.getUnitId() == null ? null : em.find(Unit.class, form.getUnitId());
        Category category = form.getCategoryId() == null ? null : em.find(Category.class, form.getCategoryId());
        if (form.getUnitId() != null && unit == null) {
            violations.add("unitId", "asset.unit.unknown");
        }
        if (form.getCategoryId() != null && category == null) {
            violations.add("categoryId", "asset.category.unknown");
        }
        Room room = roomOf(unit, form.getRoomId(), violations);
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
        history.record(asset, AssetEventType.CREATED, user, null, List.of());
        return details(asset, user);
    }

    /** Saves an edit made on the given version; unit and room change only by transfer. */
    @Transactional
    public AssetDetails update(long id, long expectedVersion, AssetForm form) {
        AppUser user = currentUser.require();
        Asset asset = visible(id, user);
        require(user.unitsFor(Permission.ASSET_EDIT).contains(asset.getUnit().getId()), "edit", id);
        checkVersion(asset, expectedVersion);
        if (asset.getStatus() == AssetStatus.BAIXADO) {
            throw DomainException.of("asset.written-off.read-only");
        }
        Violations violations = AssetRules.check(form, clock);
        if (form.getTombo() != null && !form.getTombo().isBlank() && !form.getTombo().trim().equalsIgnoreCase(asset.getTombo())) {
            violations.add("tombo", "asset.tombo.immutable");
        }
        if (!asset.getUnit().getId().equals(form.getUnitId()) || !sameRoom(asset.getRoom(), form.getRoomId())) {
            violations.add(!asset.getUnit().getId().equals(form.getUnitId()) ? "unitId" : "roomId",
                    "asset.location.use-transfer");
        }
        if (form.getStatus() == AssetStatus.BAIXADO) {
            violations.add("status", "asset.status.use-write-off");
        }
        Category category = form.getCategoryId() == null ? null : em.find(Category.class, form.getCategoryId());
        if (form.getCategoryId() != null && category == null) {
            violations.add("categoryId", "asset.category.unknown");
        }
        violations.throwIfAny();
        AssetHistory.Changes changes = new AssetHistory.Changes()
                .add("name", asset.getName(), form.getName())
                .add("description", asset.getDescription(), form.getDescription())
                .add("serialNumber", asset.getSerialNumber(), form.getSerialNumber())
                .add("category", asset.getCategory().getName(), category.getName())
                .add("acquisitionValue", asset.getAcquisitionValue(), form.getAcquisitionValue())
                .add("acquisitionDate", asset.getAcquisitionDate(), form.getAcquisitionDate())
                .add("supplier", asset.getSupplier(), form.getSupplier())
                .add("invoiceNumber", asset.getInvoiceNumber(), form.getInvoiceNumber())
                .add("origin", asset.getOrigin(), form.getOrigin())
                .add("conservation", asset.getConservation(), form.getConservation())
                .add("classification", asset.getClassification(), form.getClassification())
                .add("status", asset.getStatus(), form.getStatus());
        if (changes.isEmpty()) {
            return details(asset, user);
        }
        AssetRules.copy(form, asset, category);
        asset.setStatus(form.getStatus());
        history.record(asset, AssetEventType.UPDATED, user, null, changes.list());
        return flushed(asset, user);
    }

    @Transactional
    public AssetDetails transfer(long id, long expectedVersion, MoveRequest request) {
        AppUser user = currentUser.require();
        Asset asset = visible(id, user);
        require(user.unitsFor(Permission.ASSET_TRANSFER).contains(asset.getUnit().getId()), "transfer", id);
        checkVersion(asset, expectedVersion);
        if (asset.getStatus() == AssetStatus.BAIXADO) {
            throw DomainException.of("asset.written-off.read-only");
        }
        Violations violations = new Violations().require(request.unitId(), "unitId").maxLength(request.note(), 2000, "note");
        Unit target = request.unitId() == null ? null : em.find(Unit.class, request.unitId());
        if (request.unitId() != null && target == null) {
            violations.add("unitId", "asset.unit.unknown");
        }
        if (target != null && !user.unitsFor(Permission.ASSET_TRANSFER).contains(target.getId())) {
            throw new AccessDeniedException("No permission to transfer into unit " + target.getId());
        }
        Room room = roomOf(target, request.roomId(), violations);
        if (target != null && target.equals(asset.getUnit()) && sameRoom(asset.getRoom(), request.roomId())) {
            violations.add("roomId", "asset.transfer.same-place");
        }
        violations.throwIfAny();
        AssetHistory.Changes changes = new AssetHistory.Changes()
                .add("unit", unitLabel(asset.getUnit()), unitLabel(target))
                .add("room", asset.getRoom() == null ? null : asset.getRoom().getName(), room == null ? null : room.getName());
        asset.moveTo(target, room);
        history.record(asset, AssetEventType.TRANSFERRED, user, request.note(), changes.list());
        return flushed(asset, user);
    }

    @Transactional
    public AssetDetails writeOff(long id, long expectedVersion, WriteOffRequest request) {
        AppUser user = currentUser.require();
        Asset asset = visible(id, user);
        require(user.unitsFor(Permission.ASSET_WRITE_OFF).contains(asset.getUnit().getId()), "write off", id);
        checkVersion(asset, expectedVersion);
        if (asset.getStatus() == AssetStatus.BAIXADO) {
            throw DomainException.of("asset.already-written-off");
        }
        Violations violations = new Violations().require(request.date(), "date").require(request.reason(), "reason")
                .maxLength(request.processNumber(), 60, "processNumber").maxLength(request.note(), 2000, "note");
        if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
            violations.add("date", "writeoff.date.future");
        }
        if (request.date() != null && asset.getAcquisitionDate() != null && request.date().isBefore(asset.getAcquisitionDate())) {
            violations.add("date", "writeoff.date.before-acquisition");
        }
        violations.throwIfAny();
        AssetHistory.Changes changes = new AssetHistory.Changes()
                .add("status", asset.getStatus(), AssetStatus.BAIXADO)
                .add("writeOffDate", null, request.date())
                .add("writeOffReason", null, request.reason())
                .add("writeOffProcess", null, request.processNumber());
        asset.writeOff(request.date(), request.reason(), blankToNull(request.processNumber()), blankToNull(request.note()),
                user.name());
        history.record(asset, AssetEventType.WRITTEN_OFF, user, request.note(), changes.list());
        return flushed(asset, user);
    }

    /** Only an administrator undoes a write-off, and says why. */
    @Transactional
    public AssetDetails revertWriteOff(long id, long expectedVersion, String justification) {
        AppUser user = currentUser.require();
        Asset asset = visible(id, user);
        require(user.role() == Role.ADMIN, "revert the write-off of", id);
        checkVersion(asset, expectedVersion);
        if (asset.getStatus() != AssetStatus.BAIXADO) {
            throw DomainException.of("asset.not-written-off");
        }
        if (justification == null || justification.trim().length() < 10) {
            throw new DomainException("writeoff.revert.justification", "justification");
        }
        AssetHistory.Changes changes = new AssetHistory.Changes()
                .add("status", AssetStatus.BAIXADO, AssetStatus.ATIVO)
                .add("writeOffDate", asset.getWriteOffDate(), null)
                .add("writeOffReason", asset.getWriteOffReason(), null);
        asset.revertWriteOff();
        history.record(asset, AssetEventType.WRITE_OFF_REVERTED, user, justification, changes.list());
        return flushed(asset, user);
    }

    /** Outside the caller's units an asset does not exist for them: same answer as a wrong id. */
    private Asset visible(long id, AppUser user) {
        return assets.findById(id).filter(a -> user.visibleUnits().contains(a.getUnit().getId()))
                .orElseThrow(() -> new NotFoundException("asset", id));
    }

    private static void require(boolean allowed, String action, long id) {
        if (!allowed) {
            throw new AccessDeniedException("No permission to " + action + " asset " + id);
        }
    }

    private static void checkVersion(Asset asset, long expectedVersion) {
        if (asset.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Asset.class, asset.getId());
        }
    }

    private Room roomOf(Unit unit, Long roomId, Violations violations) {
        if (roomId == null) {
            return null;
        }
        Room room = em.find(Room.class, roomId);
        if (room == null || unit == null || !room.getUnit().getId().equals(unit.getId())) {
            violations.add("roomId", "asset.room.not-in-unit");
            return null;
        }
        return room;
    }

    private static boolean sameRoom(Room room, Long roomId) {
        return room == null ? roomId == null : room.getId().equals(roomId);
    }

    private static String unitLabel(Unit unit) {
        return unit == null ? null : unit.getCode() + " - " + unit.getName();
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
        boolean active = a.getStatus() != AssetStatus.BAIXADO;
        var allowed = new AssetDetails.AllowedActions(
                active && user.unitsFor(Permission.ASSET_EDIT).contains(unitId),
                active && user.unitsFor(Permission.ASSET_TRANSFER).contains(unitId),
                active && user.unitsFor(Permission.ASSET_WRITE_OFF).contains(unitId),
                !active && user.role() == Role.ADMIN);
        var writeOff = active ? null : new AssetDetails.WriteOff(a.getWriteOffDate(), a.getWriteOffReason(),
                a.getWriteOffProcess(), a.getWriteOffNote(), a.getWrittenOffBy());
        return new AssetDetails(a.getId(), a.getVersion(), a.getTombo(), a.getName(), a.getDescription(),
                a.getSerialNumber(), a.getCategory().getId(), a.getCategory().getName(), unitId, a.getUnit().getCode(),
                a.getUnit().getName(), a.getRoom() == null ? null : a.getRoom().getId(),
                a.getRoom() == null ? null : a.getRoom().getName(), a.getAcquisitionValue(), a.getAcquisitionDate(),
                a.getSupplier(), a.getInvoiceNumber(), a.getOrigin(), a.getConservation(), a.getClassification(),
                a.getStatus(), writeOff, a.getCreatedAt(), a.getCreatedBy(), a.getUpdatedAt(), a.getUpdatedBy(), allowed);
    }
}
