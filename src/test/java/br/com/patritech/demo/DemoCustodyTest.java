package br.com.patritech.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermService.TermFilter;
import br.com.patritech.custody.TermSummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;

/** A newcomer finds people at the school, one accepted term and one waiting for the demo gestor. */
@IntegrationTest
class DemoCustodyTest {

    @Autowired OrganizationService organization;
    @Autowired PeopleService people;
    @Autowired TermService terms;

    @Test
    void theSchoolHasPeopleAnAcceptedTermAndAPendingOne() {
        SystemUser.run(() -> {
            long school = organization.visibleUnits().stream().filter(u -> u.code().equals("EMEF-002")).findFirst()
                    .orElseThrow().id();
            assertThat(people.count(null, school, false)).isGreaterThanOrEqualTo(3);
            List<TermSummary> issued = terms.find(new TermFilter(null, null, school, null), 0, 50);
            assertThat(issued).anySatisfy(t -> assertThat(t.acceptance()).isNotNull());
            assertThat(issued).anySatisfy(t -> {
                assertThat(t.pending()).isTrue();
                assertThat(t.personName()).isEqualTo("Maria Gestora");
            });
        });
    }
}
