package br.com.patritech.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.dashboard.DashboardService;
import br.com.patritech.dashboard.DashboardService.Dashboard;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/** Who the token belongs to, and the dashboard's figures for them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conta e painel")
class AccountController {

    private final CurrentUser currentUser;
    private final DashboardService dashboard;

    AccountController(CurrentUser currentUser, DashboardService dashboard) {
        this.currentUser = currentUser;
        this.dashboard = dashboard;
    }

    @GetMapping("/me")
    @Operation(summary = "O usuário do token: perfil, unidades e permissões",
            description = "Lido a cada requisição: mudanças de perfil, unidades e permissões valem na hora")
    AppUser me() {
        return currentUser.require();
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Os números do painel, limitados ao que o usuário pode ver",
            description = "Totais, valor por unidade, bens ativos por categoria e contagens por situação e "
                    + "classificação")
    Dashboard dashboard() {
        return dashboard.dashboard();
    }
}
