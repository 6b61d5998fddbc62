package br.com.patritech.api;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import br.com.patritech.security.SystemUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.UserSummary;

/** API accounts ready for tokens: created through UserService, first-login password change already made. */
@Component
class ApiUsers {

    static final String PASSWORD = TestUsers.API_PASSWORD;

    private final TestUsers testUsers;
    private final UserService users;

    ApiUsers(TestUsers testUsers, UserService users) {
        this.testUsers = testUsers;
        this.users = users;
    }

    UserSummary create(Role role, Set<Long> units, Set<Permission> flags) {
        UserSummary user = testUsers.create(role, units, flags);
        var principal = new br.com.patritech.security.AppUser(user.id(), user.name(), user.email(), role, units,
                flags.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(flags), true);
        SystemUser.callAs(principal, () -> users.changeOwnPassword(TestUsers.PASSWORD, PASSWORD));
        return user;
    }
}
