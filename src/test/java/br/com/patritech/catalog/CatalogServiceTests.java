package br.com.patritech.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Categories: CATEGORY_MANAGE changes them, names are unique; run on H2 and PostgreSQL by the subclasses. */
@IntegrationTest
abstract class CatalogServiceTests {

    @Autowired
    CatalogService catalog;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    private static String randomName() {
        return "Categoria " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private CategorySummary newCategory() {
        return SystemUser.call(() -> catalog.create(new CategoryForm(randomName(), "tst")));
    }

    @Test
    void holderOfCategoryManageCreatesEditsAndDeletesWithThePrefixInUpperCase() {
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.of(Permission.CATEGORY_MANAGE));
        String name = randomName();
        CategorySummary created = SystemUser.callAs(gestor, () -> catalog.create(new CategoryForm(name, "nb")));
        assertThat(created.tomboPrefix()).isEqualTo("NB");
        CategorySummary edited = SystemUser.callAs(gestor, () -> catalog.update(created.id(), created.version(),
                new CategoryForm(name + " editada", "NBK")));
        assertThat(edited.name()).isEqualTo(name + " editada");
        SystemUser.callAs(gestor, () -> {
            catalog.delete(created.id(), edited.version());
            return null;
        });
        assertThat(SystemUser.call(catalog::categories)).extracting(CategorySummary::id).doesNotContain(created.id());
    }

    @Test
    void duplicateNameIsRefusedWithTheFieldNamedOnCreateAndEdit() {
        CategorySummary first = newCategory();
        CategorySummary second = newCategory();
        assertThatThrownBy(() -> SystemUser.call(() -> catalog.create(new CategoryForm(first.name().toUpperCase(), "X"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("name");
                    assertThat(e.getMessageKey()).isEqualTo("category.name.duplicate");
                });
        assertThatThrownBy(() -> SystemUser.call(() -> catalog.update(second.id(), second.version(),
                new CategoryForm(first.name(), "X"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    }

    @Test
    void categoryStillReferencedCannotBeDeleted() {
        // Stands in for the assets table: any foreign key to the category must block the deletion.
        jdbc.execute("create table if not exists test_category_refs (category_id bigint not null references categories (id))");
        CategorySummary category = newCategory();
        jdbc.update("insert into test_category_refs (category_id) values (?)", category.id());
        assertThatThrownBy(() -> SystemUser.call(() -> {
            catalog.delete(category.id(), category.version());
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("category.delete.in-use"));
        assertThat(SystemUser.call(catalog::categories)).contains(category);
    }

    @Test
    void badPrefixIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> SystemUser.call(() -> catalog.create(new CategoryForm(randomName(), "N B!"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("tomboPrefix"));
    }

    @Test
    void withoutCategoryManageNobodyChangesCategories() {
        CategorySummary category = newCategory();
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.of(Permission.ASSET_CREATE));
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        for (AppUser user : new AppUser[] {gestor, auditor}) {
            assertThatThrownBy(() -> SystemUser.callAs(user, () -> catalog.create(new CategoryForm(randomName(), "X"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemUser.callAs(user, () -> catalog.update(category.id(), category.version(),
                    new CategoryForm("Outro nome", "X")))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemUser.callAs(user, () -> {
                catalog.delete(category.id(), category.version());
                return null;
            })).isInstanceOf(AccessDeniedException.class);
            assertThat(SystemUser.callAs(user, catalog::categories)).contains(category);
        }
    }

    @Test
    void editingACategorySomeoneElseChangedMeanwhileIsRefused() {
        CategorySummary category = newCategory();
        SystemUser.call(() -> catalog.update(category.id(), category.version(), new CategoryForm(randomName(), "A")));
        assertThatThrownBy(() -> SystemUser.call(() -> catalog.update(category.id(), category.version(),
                new CategoryForm(randomName(), "B")))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> SystemUser.call(() -> {
            catalog.delete(category.id(), category.version());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
