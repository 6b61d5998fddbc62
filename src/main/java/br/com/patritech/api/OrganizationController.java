package br.com.patritech.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.base.DomainException;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Units and rooms, scoped like the screens: a GESTOR sees only their own units. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Unidades e salas")
class OrganizationController {

    record NewRoom(Long unitId, String name, String description) {
    }

    private final OrganizationService organization;

    OrganizationController(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping("/units")
    @Operation(summary = "Unidades visíveis ao usuário",
            description = "Administradores e auditores veem todas; um gestor, só as suas")
    List<UnitSummary> units() {
        return organization.visibleUnits();
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "Uma unidade, com ETag",
            description = "Unidade visível ao usuário; o ETag é a versão a enviar em If-Match ao alterar")
    ResponseEntity<UnitSummary> unit(@PathVariable long id) {
        UnitSummary unit = organization.unit(id);
        return ETags.ok(unit, unit.version());
    }

    @PostMapping("/units")
    @Operation(summary = "Criar unidade (administradores)",
            description = "Código único em maiúsculas (409 se repetido). Responde 201 com Location e ETag")
    ResponseEntity<UnitSummary> createUnit(@RequestBody UnitForm form) {
        UnitSummary unit = organization.createUnit(form);
        return ETags.created("/api/v1/units/" + unit.id(), unit, unit.version());
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "Alterar unidade (If-Match obrigatório)",
            description = "Substitui código, nome, endereço e situação; código único (409 se repetido)")
    ResponseEntity<UnitSummary> updateUnit(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody UnitForm form) {
        UnitSummary unit = organization.updateUnit(id, ETags.required(ifMatch, UnitSummary.class, id), form);
        return ETags.ok(unit, unit.version());
    }

    @GetMapping("/rooms")
    @Operation(summary = "Salas visíveis ao usuário, opcionalmente de uma unidade",
            description = "Com unitId, só as salas daquela unidade (404 se fora do escopo)")
    List<RoomSummary> rooms(@RequestParam(required = false) Long unitId) {
        return unitId == null ? organization.visibleRooms() : organization.rooms(unitId);
    }

    @GetMapping("/rooms/{id}")
    @Operation(summary = "Uma sala, com ETag",
            description = "Sala de uma unidade visível ao usuário; o ETag é a versão a enviar em If-Match ao alterar")
    ResponseEntity<RoomSummary> room(@PathVariable long id) {
        RoomSummary room = organization.room(id);
        return ETags.ok(room, room.version());
    }

    @PostMapping("/rooms")
    @Operation(summary = "Criar sala numa unidade (ROOM_MANAGE na unidade)",
            description = "Nome único dentro da unidade (409 se repetido). Responde 201 com Location e ETag")
    ResponseEntity<RoomSummary> createRoom(@RequestBody NewRoom form) {
        if (form.unitId() == null) {
            throw new DomainException("validation.required", "unitId");
        }
        RoomSummary room = organization.createRoom(form.unitId(), new RoomForm(form.name(), form.description()));
        return ETags.created("/api/v1/rooms/" + room.id(), room, room.version());
    }

    @PutMapping("/rooms/{id}")
    @Operation(summary = "Alterar sala (If-Match obrigatório)",
            description = "Substitui nome e descrição; o nome é único dentro da unidade (409 se repetido)")
    ResponseEntity<RoomSummary> updateRoom(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody RoomForm form) {
        RoomSummary room = organization.updateRoom(id, ETags.required(ifMatch, RoomSummary.class, id), form);
        return ETags.ok(room, room.version());
    }
}
