package br.com.patritech.organization;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/** Units and their rooms. Every method checks who is calling. */
@Service
public class OrganizationService {

    public record UnitSummary(long id, String code, String name, String address, boolean active, long version) {
    }

    public record RoomSummary(long id, long unitId, String name, String description, long version) {
    }

    public record UnitForm(String code, String name, String address) {
    }

    public record RoomForm(String name, String description) {
    }

    private final UnitRepository units;
    private final RoomRepository rooms;
    private final CurrentUser currentUser;

    OrganizationService(UnitRepository units, RoomRepository rooms, CurrentUser currentUser) {
        this.units = units;
        this.rooms = rooms;
        this.currentUser = currentUser;
    }

    /** Units the caller may see, by code. */
    @Transactional(readOnly = true)
    public List<UnitSummary> visibleUnits() {
        AppUser user = currentUser.require();
        return units.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .filter(u -> user.canSeeUnit(u.getId()))
                .map(OrganizationService::summary)
                .toList();
    }

    /** Rooms of a unit the caller may see, by name. */
    @Transactional(readOnly = true)
    public List<RoomSummary> rooms(long unitId) {
        AppUser user = currentUser.require();
        if (!user.canSeeUnit(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        return rooms.findByUnitIdOrderByName(unitId).stream()
                .map(r -> new RoomSummary(r.getId(), unitId, r.getName(), r.getDescription(), r.getVersion()))
                .toList();
    }

    @Transactional
    public UnitSummary createUnit(UnitForm form) {
        AppUser user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators create units");
        }
        String code = required(form.code(), "code").toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new DomainException("unit.code.invalid", "code");
        }
        if (units.existsByCode(code)) {
            throw new DomainException("unit.code.duplicate", "code");
        }
        return summary(units.save(new Unit(code, required(form.name(), "name"), form.address())));
    }

    @Transactional
    public RoomSummary createRoom(long unitId, RoomForm form) {
        AppUser user = currentUser.require();
        Unit unit = units.findById(unitId).filter(u -> user.canSeeUnit(u.getId()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!user.canActInUnit(Permission.ROOM_MANAGE, unitId)) {
            throw new AccessDeniedException("No permission to manage rooms of unit " + unitId);
        }
        String name = required(form.name(), "name");
        if (rooms.existsByUnitIdAndNameIgnoreCase(unitId, name)) {
            throw new DomainException("room.name.duplicate", "name");
        }
        Room room = rooms.save(new Room(unit, name, form.description()));
        return new RoomSummary(room.getId(), unitId, room.getName(), room.getDescription(), room.getVersion());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("validation.required", field);
        }
        return value.trim();
    }

    private static UnitSummary summary(Unit u) {
        return new UnitSummary(u.getId(), u.getCode(), u.getName(), u.getAddress(), u.isActive(), u.getVersion());
    }
}
