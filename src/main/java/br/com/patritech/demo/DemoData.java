package br.com.patritech.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.base.Cpf;
import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.FiscalDepreciation;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.RandomPasswords;
import br.com.patritech.security.Role;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.NewUser;

/**
 * Fills an empty database with a lived-in example (units, rooms, categories, one user of each role), through
 * the same services people use. Runs only when PATRITECH_DEMO_DATA is true and no unit exists yet.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationService organization;
    private final CatalogService catalog;
    private final UserService users;
    private final DepreciationPolicies depreciation;
    private final FiscalDepreciation fiscalDepreciation;

    DemoData(OrganizationService organization, CatalogService catalog, UserService users,
             DepreciationPolicies depreciation, FiscalDepreciation fiscalDepreciation) {
        this.organization = organization;
        this.catalog = catalog;
        this.users = users;
        this.depreciation = depreciation;
        this.fiscalDepreciation = fiscalDepreciation;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (!organization.visibleUnits().isEmpty()) {
                return;
            }
            List<UnitSummary> units = List.of(
                    organization.createUnit(new UnitForm("SED-001", "Secretaria de Educação - Sede", "Rua das Flores, 100 - Centro")),
                    organization.createUnit(new UnitForm("EMEF-002", "Escola Municipal Monteiro Lobato", "Av. Brasil, 2500 - Jardim América")),
                    organization.createUnit(new UnitForm("UBS-003", "Unidade Básica de Saúde Vila Nova", "Rua XV de Novembro, 45 - Vila Nova")));
            for (UnitSummary unit : units) {
                for (String room : List.of("Almoxarifado", "Secretaria", "Sala 01", "Sala 02", "Diretoria")) {
                    organization.createRoom(unit.id(), new RoomForm(room, null));
                }
            }
            catalog.create(new CategoryForm("Informática", "NB"));
            catalog.create(new CategoryForm("Mobiliário", "MOB"));
            catalog.create(new CategoryForm("Eletrodomésticos", "ELE"));
            catalog.create(new CategoryForm("Veículos", "VEI"));
            catalog.create(new CategoryForm("Equipamentos médicos", "MED"));
            depreciation.applySuggestionsWhereUnset();
            fiscalDepreciation.applySuggestionsWhereUnset(); // the rates only; the fiscal schedule stays off
            String gestorPassword = RandomPasswords.generate();
            String auditorPassword = RandomPasswords.generate();
            users.create(new NewUser("Maria Gestora", Cpf.withCheckDigits("123456789"), "gestor@patritech.demo",
                    "(11) 98888-0001", null, Role.GESTOR, Set.of(units.get(1).id()),
                    EnumSet.of(Permission.ASSET_CREATE, Permission.ASSET_EDIT, Permission.ASSET_TRANSFER,
                            Permission.ROOM_MANAGE), gestorPassword));
            users.create(new NewUser("João Auditor", Cpf.withCheckDigits("987654321"), "auditor@patritech.demo",
                    "(11) 98888-0002", null, Role.AUDITOR, Set.of(), Set.of(), auditorPassword));
            log.warn("""

                    ==================================================================
                     PATRI-TECH demo users (passwords shown only this once; each must
                     choose a new password at first login)
                       gestor@patritech.demo   {}   (GESTOR of EMEF-002)
                       auditor@patritech.demo  {}   (AUDITOR)
                    ==================================================================""",
                    gestorPassword, auditorPassword);
        });
    }
}
