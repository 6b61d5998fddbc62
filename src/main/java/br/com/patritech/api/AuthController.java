package br.com.patritech.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SecondFactorPolicy.SecondStep;
import br.com.patritech.security.TokenService;
import br.com.patritech.twofactor.TwoFactorService;

/** Token endpoints: log in with CPF or e-mail and password (same lockout as the login screen), and refresh. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Autenticação", description = "Tokens de acesso (JWT, 15 min) e de renovação (uso único)")
class AuthController {

    /** {@code totp}: the authenticator code (or a recovery code), required when the account has a second factor. */
    record TokenRequest(String username, String password, String totp) {
    }

    record RefreshRequest(String refresh_token) {
    }

    private final AuthenticationProvider passwords;
    private final TokenService tokens;
    private final LoginRateLimiter rateLimiter;
    private final ProblemResponses problems;
    private final TwoFactorService twoFactor;

    AuthController(AuthenticationProvider passwords, TokenService tokens, LoginRateLimiter rateLimiter,
                   ProblemResponses problems, TwoFactorService twoFactor) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.twoFactor = twoFactor;
    }

    @PostMapping("/token")
    @Operation(summary = "Obter tokens com CPF ou e-mail e senha",
            description = "Após 5 senhas erradas seguidas o login fica bloqueado por 15 minutos (423 não é usado: "
                    + "a resposta é 401 para não revelar contas). Limite de requisições por endereço: 429. "
                    + "Conta com verificação em duas etapas: envie também `totp` (código de 6 dígitos do aplicativo "
                    + "ou um código de recuperação); sem ele, 401 `second-factor-required`; errado, 401 "
                    + "`bad-second-factor`; 5 errados bloqueiam por 15 minutos. Conta obrigada a ativar a verificação "
                    + "e ainda sem ela: 403 `second-factor-enrolment-required` (ative-a na interface web).")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        if (!rateLimiter.tryAcquire(http.getRemoteAddr())) {
            return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", problems.text(http, "api.rate-limited"),
                    null);
        }
        Authentication checked;
        try {
            UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(
                    request.username() == null ? "" : request.username(), request.password());
            login.setDetails(new WebAuthenticationDetails(http)); // the client address, for its failure count
            checked = passwords.authenticate(login);
        } catch (LockedException e) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "account-locked", problems.text(http, "login.locked.message"),
                    null);
        } catch (AuthenticationException e) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "bad-credentials", problems.text(http, "login.error.message"),
                    null);
        }
        if (checked instanceof SecondFactorPending pending) {
            ResponseEntity<?> refused = secondFactorRefusal(pending, request.totp(), http);
            if (refused != null) {
                return refused;
            }
        }
        AppUser user = checked instanceof SecondFactorPending pending ? pending.passwordChecked()
                : (AppUser) checked.getPrincipal();
        if (user.mustChangePassword()) {
            return problems.problem(HttpStatus.FORBIDDEN, "password-change-required",
                    problems.text(http, "api.password-change-required"), null);
        }
        return ResponseEntity.ok(tokens.issue(user));
    }

    /** Null when the code is right; otherwise the 401 (or 403) that says what is missing. */
    private ResponseEntity<?> secondFactorRefusal(SecondFactorPending pending, String code, HttpServletRequest http) {
        if (pending.step() == SecondStep.ENROL) {
            return problems.problem(HttpStatus.FORBIDDEN, "second-factor-enrolment-required",
                    problems.text(http, "api.second-factor-enrolment-required"), null);
        }
        if (code == null || code.isBlank()) {
            return problems.problem(HttpStatus.UNAUTHORIZED, "second-factor-required",
                    problems.text(http, "api.second-factor-required"),
                    List.of(new ProblemResponses.FieldError("totp", problems.text(http, "api.second-factor-required"))));
        }
        return switch (twoFactor.verify(pending, code, http.getRemoteAddr()).result()) {
            case VERIFIED -> null;
            case LOCKED -> problems.problem(HttpStatus.UNAUTHORIZED, "account-locked",
                    problems.text(http, "login.locked.message"), null);
            case WRONG -> problems.problem(HttpStatus.UNAUTHORIZED, "bad-second-factor",
                    problems.text(http, "twofactor.code.wrong"),
                    List.of(new ProblemResponses.FieldError("totp", problems.text(http, "twofactor.code.wrong"))));
        };
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
