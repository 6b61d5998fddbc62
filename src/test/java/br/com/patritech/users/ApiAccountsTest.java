package br.com.patritech.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** The principal behind every API request carries the account's role, units and flags, and only while it may. */
@IntegrationTest
class ApiAccountsTest {

    @Autowired
    ApiAccounts accounts;

    @Autowired
    UserService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AssetFixtures fixtures;

    @Test
    void aTokenOfTheCurrentGenerationGetsTheAccountWithItsUnitsAndFlagsUntilItIsDeactivated() {
        Set<Long> units = Set.of(fixtures.newUnit().unitId(), fixtures.newUnit().unitId());
        var flags = EnumSet.of(Permission.ASSET_CREATE, Permission.ASSET_TRANSFER, Permission.ROOM_MANAGE);
        var gestor = testUsers.create(Role.GESTOR, units, flags);
        int generation = accounts.tokenGeneration(gestor.id());

        AppUser principal = accounts.principal(gestor.id(), generation).orElseThrow();
        assertThat(principal.id()).isEqualTo(gestor.id());
        assertThat(principal.login()).isEqualTo(gestor.email());
        assertThat(principal.role()).isEqualTo(Role.GESTOR);
        assertThat(principal.unitIds()).isEqualTo(units);
        assertThat(principal.permissions()).isEqualTo(flags);
        assertThat(accounts.activeUser(gestor.id())).contains(principal);
        assertThat(accounts.principal(gestor.id(), generation + 1)).isEmpty();

        var admin = testUsers.create(Role.ADMIN, Set.of(), Set.of());
        assertThat(accounts.principal(admin.id(), accounts.tokenGeneration(admin.id())).orElseThrow().role())
                .isEqualTo(Role.ADMIN);

        SystemUser.call(() -> users.setActive(gestor.id(), users.user(gestor.id()).version(), false));
        assertThat(accounts.principal(gestor.id(), accounts.tokenGeneration(gestor.id()))).isEmpty();
        assertThat(accounts.activeUser(gestor.id())).isEmpty();
    }
}
