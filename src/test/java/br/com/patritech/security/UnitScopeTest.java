package br.com.patritech.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one rule of who sees and acts in which unit, as services and queries use it. */
class UnitScopeTest {

    private static AppUser user(Role role, Set<Long> units, EnumSet<Permission> flags) {
        return new AppUser(1, "Pessoa", "pessoa", role, units, flags, false);
    }

    @Test
    void gestorSeesAndActsOnlyInTheirUnitsAndOnlyWithTheFlag() {
        AppUser gestor = user(Role.GESTOR, Set.of(2L, 3L), EnumSet.of(Permission.ASSET_EDIT));
        assertThat(gestor.visibleUnits().contains(2)).isTrue();
        assertThat(gestor.visibleUnits().contains(4)).isFalse();
        assertThat(gestor.unitsFor(Permission.ASSET_EDIT).containsAll(List.of(2L, 3L))).isTrue();
        assertThat(gestor.unitsFor(Permission.ASSET_EDIT).containsAll(List.of(2L, 4L))).isFalse();
        assertThat(gestor.unitsFor(Permission.ASSET_WRITE_OFF).isEmpty()).isTrue();
    }

    @Test
    void administratorActsEverywhereAndAuditorSeesEverywhereButActsNowhere() {
        AppUser admin = user(Role.ADMIN, Set.of(), EnumSet.noneOf(Permission.class));
        assertThat(admin.unitsFor(Permission.USER_MANAGE).isAll()).isTrue();
        AppUser auditor = user(Role.AUDITOR, Set.of(), EnumSet.noneOf(Permission.class));
        assertThat(auditor.visibleUnits().isAll()).isTrue();
        assertThat(auditor.unitsFor(Permission.ASSET_CREATE).contains(7)).isFalse();
    }

    @Test
    void anEmptyScopeMatchesNothingInSqlAndAnUnlimitedOneListsNoIds() {
        assertThat(UnitScope.of(Set.of()).sqlIds()).isNotEmpty().doesNotContain(1L, 2L);
        assertThat(UnitScope.of(Set.of(5L)).sqlIds()).containsExactly(5L);
        assertThat(UnitScope.none().containsAny(List.of(1L))).isFalse();
        assertThatThrownBy(() -> UnitScope.all().sqlIds()).isInstanceOf(IllegalStateException.class);
    }
}
