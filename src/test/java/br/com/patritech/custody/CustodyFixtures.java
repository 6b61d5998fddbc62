package br.com.patritech.custody;

import java.util.Set;

import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.custody.PeopleService.PersonForm;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.TestUsers;

/** People and assets for custody tests, created through the services as the system administrator. */
@Component
public class CustodyFixtures {

    private final PeopleService people;
    private final AssetService assets;

    CustodyFixtures(PeopleService people, AssetService assets) {
        this.people = people;
        this.assets = assets;
    }

    public PersonSummary person(long unitId, String name) {
        return SystemUser.call(() -> people.create(new PersonForm(name, TestUsers.randomCpf(), "M-" + name.length(),
                "Professora", null, unitId, false)));
    }

    /** A person linked to the account with this CPF. */
    public PersonSummary linkedPerson(long unitId, String name, String cpf) {
        return SystemUser.call(() -> people.create(new PersonForm(name, cpf, null, null, null, unitId, true)));
    }

    public AssetDetails asset(long categoryId, Place place, String name, String value) {
        return SystemUser.call(() -> assets.create(AssetFixtures.form(categoryId, place, name, value)));
    }

    public static Set<Long> ids(AssetDetails... assets) {
        return java.util.Arrays.stream(assets).map(AssetDetails::id).collect(java.util.stream.Collectors.toSet());
    }
}
