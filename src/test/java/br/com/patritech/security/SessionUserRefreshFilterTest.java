package br.com.patritech.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService;

/** An administrator's change reaches a user who is already logged in, on their very next request. */
@IntegrationTest
class SessionUserRefreshFilterTest {

    @Autowired
    AccountLookup accounts;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserService users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletRequest requestAs(AppUser user, MockHttpSession session) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        new SessionUserRefreshFilter(accounts).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    @Test
    void flagsTakenAwayAreGoneOnTheNextRequest() throws Exception {
        var created = testUsers.create(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.of(Permission.ASSET_CREATE));
        AppUser stale = new AppUser(created.id(), created.name(), created.email(), Role.GESTOR, created.unitIds(),
                EnumSet.of(Permission.ASSET_CREATE, Permission.USER_MANAGE), true);
        requestAs(stale, new MockHttpSession());
        AppUser now = (AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(now.permissions()).containsExactly(Permission.ASSET_CREATE);
    }

    @Test
    void deactivatedUsersSessionEnds() throws Exception {
        var created = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        SystemUser.run(() -> users.setActive(created.id(), users.user(created.id()).version(), false));
        AppUser stale = new AppUser(created.id(), created.name(), created.email(), Role.AUDITOR, Set.of(), Set.of(), true);
        MockHttpSession session = new MockHttpSession();
        requestAs(stale, session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
