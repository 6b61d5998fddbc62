package br.com.patritech.assets.ui;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** Asset screens under test: two fresh units with rooms, a fresh category, and an administrator logged in. */
abstract class AssetScreenTest extends KaribuTest {

    @Autowired
    protected AssetService assets;

    @Autowired
    protected AssetFixtures fixtures;

    protected Place place;
    protected Place otherPlace;
    protected long category;
    protected AppUser admin;

    @BeforeEach
    void setUpAssetScreen() {
        place = fixtures.newUnit();
        otherPlace = fixtures.newUnit();
        category = fixtures.newCategory("MOB");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        login(admin);
    }

    protected AssetDetails register(String name, String value) {
        return register(place, name, value);
    }

    protected AssetDetails register(Place where, String name, String value) {
        return SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, where, name, value)));
    }
}
