package br.com.patritech.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.Cpf;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonForm;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermSummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.SystemUser;

/**
 * Responsible people and some custody on top of {@link DemoAssets}: at the school (EMEF-002) a teacher whose paper
 * term is signed, and the demo gestor (linked to her account) with a term waiting in "Meus bens".
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoCustody implements ApplicationRunner {

    private final OrganizationService organization;
    private final AssetService assets;
    private final PeopleService people;
    private final CustodyService custody;
    private final TermService terms;

    DemoCustody(OrganizationService organization, AssetService assets, PeopleService people, CustodyService custody,
                TermService terms) {
        this.organization = organization;
        this.assets = assets;
        this.people = people;
        this.custody = custody;
        this.terms = terms;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            var school = organization.visibleUnits().stream().filter(u -> u.code().equals("EMEF-002")).findFirst();
            if (school.isEmpty() || people.count(null, null, false) > 0) {
                return;
            }
            long unitId = school.get().id();
            List<AssetRow> free = assets.find(AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO),
                    List.of(), 0, 5);
            PersonSummary teacher = people.create(new PersonForm("Ana Beatriz Correia", Cpf.withCheckDigits("321654987"),
                    "MAT-2041", "Professora", "ana.correia@escola.demo", unitId, false));
            people.create(new PersonForm("Carlos Eduardo Lima", Cpf.withCheckDigits("456123789"), "MAT-1177",
                    "Inspetor de alunos", null, unitId, false));
            // Linked to the demo gestor's account (same CPF): her term waits under "Meus bens".
            PersonSummary gestor = people.create(new PersonForm("Maria Gestora", Cpf.withCheckDigits("123456789"),
                    "MAT-0001", "Diretora", "gestor@patritech.demo", unitId, true));
            if (free.size() < 5) {
                return;
            }
            TermSummary signed = custody.assign(ids(free.subList(0, 3)), teacher.id()).get(0);
            terms.recordSigned(signed.id(), signed.version());
            custody.assign(ids(free.subList(3, 5)), gestor.id());
        });
    }

    private static Set<Long> ids(List<AssetRow> rows) {
        return rows.stream().map(AssetRow::id).collect(Collectors.toSet());
    }
}
