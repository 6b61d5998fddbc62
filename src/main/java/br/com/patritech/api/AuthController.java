package br.com.patritech.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.TokenService;

/** Token endpoints: log in with CPF or e-mail and password (same lockout as the login screen), and refresh. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Autenticação", description = "Tokens de acesso (JWT, 15 min) e de renovação (uso único)")
class AuthController {

    record TokenRequest(String username, String password) {
    }

    record RefreshRequest(String refresh_token) {
    }

    private final AuthenticationProvider passwords;
    private final TokenService tokens;
    private final LoginRateLimiter rateLimiter;
    private final ProblemResponses problems;

    AuthController(AuthenticationProvider passwords, TokenService tokens, LoginRateLimiter rateLimiter,
                   ProblemResponses problems) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    @PostMapping("/token")
    @Operation(summary = "Obter tokens com CPF ou e-mail e senha",
            description = "Após 5 senhas erradas seguidas o login fica bloqueado por 15 minutos (423 não é usado: "
                    + "a resposta é 401 para não revelar contas). Limite de requisições por endereço: 429.")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        if (!rateLimiter.tryAcquire(http.getRemoteAddr())) {
            return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", problems.text(http, "api.rate-limited"),
                    null);
        }
        AppUser user;
        try {
            UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(
                    request.username() == null ? "" : request.username(), request.password());
            login.setDetails(new WebAuthenticationDetails(http)); // the client address, for its failure count
            user = (AppUser) passwords.authenticate(login).getPrincipal();
        } catch (LockedException e) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "account-locked", problems.text(http, "login.locked.message"),
                    null);
        } catch (AuthenticationException e) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "bad-credentials", problems.text(http, "login.error.message"),
                    null);
        }
        if (user.mustChangePassword()) {
            return problems.problem(HttpStatus.FORBIDDEN, "password-change-required",
                    problems.text(http, "api.password-change-required"), null);
        }
        return ResponseEntity.ok(tokens.issue(user));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Trocar um token de renovação por um novo par",
            description = "Cada token de renovação vale uma vez; reapresentar um já usado revoga toda a cadeia.")
    ResponseEntity<?> refresh(@RequestBody RefreshRequest request, HttpServletRequest http) {
        if (!rateLimiter.tryAcquire(http.getRemoteAddr())) {
            return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", problems.text(http, "api.rate-limited"),
                    null);
        }
        try {
            return ResponseEntity.ok(tokens.refresh(request.refresh_token()));
        } catch (TokenService.RefreshRefused e) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
                    problems.text(http, "api.invalid-refresh-token"), null);
        }
    }
}
