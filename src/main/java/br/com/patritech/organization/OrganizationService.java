package br.com.patritech.organization;

import java.util.List;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditDetail;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.UnitScope;

/**
 * Units and their rooms. Every method checks who is calling: administrators create and delete units; a
 * GESTOR with UNIT_MANAGE edits their own units, with ROOM_MANAGE manages the rooms of their own units;
 * everyone reads what they may see (auditors every unit, gestores their own). A unit or room outside the
 * caller's sight answers {@link NotFoundException}, so scoping never reveals what exists.
 */
@Service
public class OrganizationService {

    public record UnitSummary(long id, String code, String name, String address, boolean active, long version) {
    }

    public record RoomSummary(long id, long unitId, String name, String description, long version) {
    }

    public record UnitForm(String code, String name, String address, boolean active) {

        /** A new, active unit. */
        public UnitForm(String code, String name, String address) {
            this(code, name, address, true);
        }
    }

    public record RoomForm(String name, String description) {
    }

    private final UnitRepository units;
    private final RoomRepository rooms;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganizationService(UnitRepository units, RoomRepository rooms, CurrentUser currentUser,
                        ApplicationEventPublisher events) {
        this.units = units;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Units the caller may see, by code. */
    @Transactional(readOnly = true)
    public List<UnitSummary> visibleUnits() {
        AppUser user = currentUser.require();
        UnitScope scope = user.visibleUnits();
        List<Unit> found = scope.isAll() ? units.findAll(Sort.by("code")) : units.findByIdInOrderByCode(scope.sqlIds());
        return found.stream().map(OrganizationService::summary).toList();
    }

    /**
     * How many units the caller sees, counted by the database: the dashboard's figure, asked by everyone at once on
     * Monday morning, so it loads no unit (as many as {@link #visibleUnits} lists).
     */
    @Transactional(readOnly = true)
    public long visibleUnitCount() {
        UnitScope scope = currentUser.require().visibleUnits();
        return scope.isAll() ? units.count() : units.countByIdIn(scope.sqlIds());
    }

    @Transactional(readOnly = true)
    public UnitSummary unit(long unitId) {
        return summary(visibleUnit(currentUser.require(), unitId));
    }

    /** Whether the caller may create (and delete) units: administrators only. */
    public boolean mayCreateUnits() {
        return currentUser.get().map(AppUser::isAdmin).orElse(false);
    }

    /** Whether the caller may edit the unit: administrators, or a GESTOR of it holding UNIT_MANAGE. */
    public boolean mayEditUnit(long unitId) {
        return currentUser.get().map(u -> u.unitsFor(Permission.UNIT_MANAGE).contains(unitId)).orElse(false);
    }

    /** Whether the caller may create, edit and delete rooms of the unit. */
    public boolean mayManageRooms(long unitId) {
        return currentUser.get().map(u -> u.unitsFor(Permission.ROOM_MANAGE).contains(unitId)).orElse(false);
    }

    @Transactional
    public UnitSummary createUnit(UnitForm form) {
        AppUser user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators create units");
        }
        String code = validCode(form.code());
        if (units.existsByCode(code)) {
            throw new DomainException("unit.code.duplicate", "code");
        }
        Unit unit = new Unit(code, required(form.name(), "name", 150), optional(form.address(), "address", 300));
        unit.setActive(form.active());
        UnitSummary saved = summary(units.save(unit));
        audit("UNIT_CREATED", code, saved.id(), "name: " + saved.name() + "; active: " + saved.active());
        return saved;
    }

    /** Saves the form over the unit as it was at {@code version}; refuses if someone changed it since. */
    @Transactional
    public UnitSummary updateUnit(long unitId, long version, UnitForm form) {
        AppUser user = currentUser.require();
        Unit unit = visibleUnit(user, unitId);
        if (!user.unitsFor(Permission.UNIT_MANAGE).contains(unitId)) {
            throw new AccessDeniedException("No permission to edit unit " + unitId);
        }
        checkVersion(unit.getVersion(), version, Unit.class, unitId);
        String code = validCode(form.code());
        if (units.existsByCodeAndIdNot(code, unitId)) {
            throw new DomainException("unit.code.duplicate", "code");
        }
        boolean newCode = !code.equals(unit.getCode());
        UnitSummary before = summary(unit);
        unit.setCode(code);
        unit.setName(required(form.name(), "name", 150));
        unit.setAddress(optional(form.address(), "address", 300));
        unit.setActive(form.active());
        UnitSummary saved = summary(units.saveAndFlush(unit));
        audit("UNIT_CHANGED", code, unitId, AuditDetail.of()
                .add("code", before.code(), saved.code()).add("name", before.name(), saved.name())
                .add("address", before.address(), saved.address()).add("active", before.active(), saved.active())
                .text());
        if (newCode) {
            events.publishEvent(new UnitCodeChanged(unitId, code));
        }
        return saved;
    }

    /** Deletes a unit nothing refers to (no rooms, no users, no assets); administrators only. */
    @Transactional
    public void deleteUnit(long unitId, long version) {
        AppUser user = currentUser.require();
        Unit unit = visibleUnit(user, unitId);
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators delete units");
        }
        checkVersion(unit.getVersion(), version, Unit.class, unitId);
        try {
            units.delete(unit);
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("unit.delete.in-use", null, unit.getCode());
        }
        audit("UNIT_DELETED", unit.getCode(), unitId, "name: " + unit.getName());
    }

    /** Rooms of a unit the caller may see, by name. */
    @Transactional(readOnly = true)
    public List<RoomSummary> rooms(long unitId) {
        visibleUnit(currentUser.require(), unitId);
        return rooms.findByUnitIdOrderByName(unitId).stream().map(r -> roomSummary(r, unitId)).toList();
    }

    /** Rooms of every unit the caller may see, by unit and name. */
    @Transactional(readOnly = true)
    public List<RoomSummary> visibleRooms() {
        AppUser user = currentUser.require();
        UnitScope scope = user.visibleUnits();
        List<Room> found = scope.isAll() ? rooms.findAll(Sort.by("unit.id", "name"))
                : rooms.findByUnitIdInOrderByUnitIdAscNameAsc(scope.sqlIds());
        return found.stream().map(r -> roomSummary(r, r.getUnit().getId())).toList();
    }

    /** One room, if its unit is visible to the caller. */
    @Transactional(readOnly = true)
    public RoomSummary room(long roomId) {
        AppUser user = currentUser.require();
        Room room = visibleRoom(user, roomId);
        return roomSummary(room, room.getUnit().getId());
    }

    @Transactional
    public RoomSummary createRoom(long unitId, RoomForm form) {
        AppUser user = currentUser.require();
        Unit unit = visibleUnit(user, unitId);
        requireRoomManager(user, unitId);
        if (!unit.isActive()) {
            // An inactive unit receives no assets, so a new room there could only mislead; its old rooms stay.
            throw new DomainException("room.unit.inactive", null);
        }
        String name = required(form.name(), "name", 100);
        if (rooms.existsByUnitIdAndNameIgnoreCase(unitId, name)) {
            throw new DomainException("room.name.duplicate", "name");
        }
        RoomSummary saved = roomSummary(rooms.save(new Room(unit, name, optional(form.description(), "description", 300))),
                unitId);
        audit("ROOM_CREATED", unit.getCode() + " / " + name, unitId, null);
        return saved;
    }

    /** Saves the form over the room as it was at {@code version}; refuses if someone changed it since. */
    @Transactional
    public RoomSummary updateRoom(long roomId, long version, RoomForm form) {
        AppUser user = currentUser.require();
        Room room = visibleRoom(user, roomId);
        long unitId = room.getUnit().getId();
        requireRoomManager(user, unitId);
        checkVersion(room.getVersion(), version, Room.class, roomId);
        String name = required(form.name(), "name", 100);
        if (rooms.existsByUnitIdAndNameIgnoreCaseAndIdNot(unitId, name, roomId)) {
            throw new DomainException("room.name.duplicate", "name");
        }
        boolean renamed = !name.equals(room.getName());
        String detail = AuditDetail.of().add("name", room.getName(), name)
                .add("description", room.getDescription(), optional(form.description(), "description", 300)).text();
        room.setName(name);
        room.setDescription(optional(form.description(), "description", 300));
        RoomSummary saved = roomSummary(rooms.saveAndFlush(room), unitId);
        audit("ROOM_CHANGED", room.getUnit().getCode() + " / " + name, unitId, detail);
        if (renamed) {
            events.publishEvent(new RoomRenamed(roomId, name));
        }
        return saved;
    }

    /** Deletes a room nothing refers to (no assets). */
    @Transactional
    public void deleteRoom(long roomId, long version) {
        AppUser user = currentUser.require();
        Room room = visibleRoom(user, roomId);
        requireRoomManager(user, room.getUnit().getId());
        checkVersion(room.getVersion(), version, Room.class, roomId);
        try {
            rooms.delete(room);
            rooms.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("room.delete.in-use", null, room.getName());
        }
        audit("ROOM_DELETED", room.getUnit().getCode() + " / " + room.getName(), room.getUnit().getId(), null);
    }

    /** For the audit trail (decision 0016), in this transaction. */
    private void audit(String action, String subject, long unitId, String detail) {
        events.publishEvent(new AuditedAction(action, subject, unitId, detail));
    }

    private Unit visibleUnit(AppUser user, long unitId) {
        return units.findById(unitId).filter(u -> user.visibleUnits().contains(u.getId()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private Room visibleRoom(AppUser user, long roomId) {
        return rooms.findById(roomId).filter(r -> user.visibleUnits().contains(r.getUnit().getId()))
                .orElseThrow(() -> new NotFoundException("room", roomId));
    }

    private static void requireRoomManager(AppUser user, long unitId) {
        if (!user.unitsFor(Permission.ROOM_MANAGE).contains(unitId)) {
            throw new AccessDeniedException("No permission to manage rooms of unit " + unitId);
        }
    }

    static void checkVersion(long current, long loaded, Class<?> type, long id) {
        if (current != loaded) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static String validCode(String typed) {
        String code = required(typed, "code", 20).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new DomainException("unit.code.invalid", "code");
        }
        return code;
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException("validation.required", field);
        }
        return optional(value, field, maxLength);
    }

    private static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > maxLength) {
            throw new DomainException("validation.too-long", field, maxLength);
        }
        return value.trim();
    }

    private static UnitSummary summary(Unit u) {
        return new UnitSummary(u.getId(), u.getCode(), u.getName(), u.getAddress(), u.isActive(), u.getVersion());
    }

    private static RoomSummary roomSummary(Room r, long unitId) {
        return new RoomSummary(r.getId(), unitId, r.getName(), r.getDescription(), r.getVersion());
    }

    // --- in-use reads, so screens can explain a refused delete before asking to confirm it ---

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** Whether rooms, users or assets refer to the unit, so that deleting it would be refused. */
    @Transactional(readOnly = true)
    public boolean unitInUse(long unitId) {
        visibleUnit(currentUser.require(), unitId);
        return referenced("rooms", "unit_id", unitId) || referenced("user_units", "unit_id", unitId)
                || referenced("assets", "unit_id", unitId);
    }

    /** Whether assets refer to the room, so that deleting it would be refused. */
    @Transactional(readOnly = true)
    public boolean roomInUse(long roomId) {
        visibleRoom(currentUser.require(), roomId);
        return referenced("assets", "room_id", roomId);
    }

    private boolean referenced(String table, String column, long id) {
        return !entityManager.createNativeQuery("select 1 from " + table + " where " + column + " = ?1")
                .setParameter(1, id).setMaxResults(1).getResultList().isEmpty();
    }
}
