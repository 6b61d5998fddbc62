package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** With a tombo series per unit, a suggestion must not reveal the series of a unit the caller cannot register in. */
@IntegrationTest
@TestPropertySource(properties = "patritech.tombo.pattern={unit}-{seq:4}")
class TomboSuggestionScopeTest {

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Test
    void aUnitOutsideTheCallersIsAnsweredAsAnUnknownOne() {
        Place own = fixtures.newUnit();
        Place foreign = fixtures.newUnit();
        long category = fixtures.newCategory("SC");
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE));
        String unknown = SystemUser.callAs(gestor, () -> assets.suggestTombo(category, Long.MAX_VALUE));

        assertThat(SystemUser.callAs(gestor, () -> assets.suggestTombo(category, own.unitId())))
                .isEqualTo(own.unitCode() + "-0001");
        assertThat(SystemUser.callAs(gestor, () -> assets.suggestTombo(category, foreign.unitId()))).isEqualTo(unknown)
                .doesNotContain(foreign.unitCode());
    }
}
