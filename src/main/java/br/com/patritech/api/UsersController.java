package br.com.patritech.api;

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

import br.com.patritech.base.Violations;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.IssuedPassword;
import br.com.patritech.users.UserService.UserForm;
import br.com.patritech.users.UserService.UserSummary;

/** Accounts, for administrators and holders of USER_MANAGE, with the same no-escalation rules as the screen. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Usuários", description = "Somente administradores e quem tem USER_MANAGE")
class UsersController {

    record ActiveRequest(boolean active) {
    }

    private final UserService users;

    UsersController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Listar usuários que o chamador pode gerenciar", description = "q busca em nome, e-mail e CPF")
    PageResponse<UserSummary> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        ApiPage paging = ApiPage.of(page, size);
        return paging.response(users.list(q, paging.offset(), paging.size()), users.count(q), null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Um usuário, com ETag",
            description = "Conta que o chamador pode gerenciar; o ETag é a versão a enviar em If-Match ao alterar")
    ResponseEntity<UserSummary> get(@PathVariable long id) {
        UserSummary user = users.user(id);
        return ETags.ok(user, user.version());
    }

    @PostMapping
    @Operation(summary = "Criar usuário", description = "A resposta traz uma senha gerada, mostrada só esta vez; "
            + "o usuário deve trocá-la no primeiro acesso")
    ResponseEntity<IssuedPassword> create(@RequestBody UserForm form) {
        IssuedPassword issued = users.create(requireSets(form));
        return ETags.created("/api/v1/users/" + issued.user().id(), issued, issued.user().version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Alterar usuário (If-Match obrigatório)",
            description = "Substitui nome, contatos, perfil, unidades e permissões. unitIds e permissions são "
                    + "obrigatórios (lista vazia: nenhum). Uma conta sem CPF pode continuar sem; quem tem CPF não "
                    + "o perde. Ninguém concede perfil, unidade ou permissão que não tem")
    ResponseEntity<UserSummary> update(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody UserForm form) {
        UserSummary user = users.update(id, ETags.required(ifMatch, UserSummary.class, id), requireSets(form));
        return ETags.ok(user, user.version());
    }

    @PostMapping("/{id}/active")
    @Operation(summary = "Ativar ou desativar (desativar invalida os tokens do usuário)",
            description = "If-Match opcional: sem ele, vale a versão atual. Ninguém desativa a si mesmo")
    ResponseEntity<UserSummary> setActive(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody ActiveRequest request) {
        long version = ETags.orCurrent(ifMatch, () -> users.user(id).version(), UserSummary.class, id);
        UserSummary user = users.setActive(id, version, request.active());
        return ETags.ok(user, user.version());
    }

    /** Units and flags are sets the form replaces: an empty list is "none", a missing one is an error. */
    private static UserForm requireSets(UserForm form) {
        new Violations().require(form.unitIds(), "unitIds").require(form.permissions(), "permissions").throwIfAny();
        return form;
    }
}
