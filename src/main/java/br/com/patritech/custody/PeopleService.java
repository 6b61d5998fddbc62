package br.com.patritech.custody;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.Cpf;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * Responsible people: everyone reads those of the units they see (auditors all); holders of ASSET_EDIT in the
 * unit (administrators everywhere) register, edit and deactivate them. Outside the caller's units a person does
 * not exist for them.
 */
@Service
public class PeopleService {

    public record PersonSummary(long id, long version, String name, String cpf, String registration, String position,
                                String email, long unitId, boolean linkedToAccount, boolean active) {

        /** Name and masked CPF, as lists, history and terms show a person. */
        public String label() {
            return name + " (" + Cpfs.masked(cpf) + ")";
        }
    }

    /** {@code linkAccount}: link to the user account with the same CPF, so the person sees "Meus bens". */
    public record PersonForm(String name, String cpf, String registration, String position, String email, Long unitId,
                             Boolean linkAccount) {

        /** Absent means "no link". */
        public boolean linked() {
            return Boolean.TRUE.equals(linkAccount);
        }
    }

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final JdbcTemplate jdbc;

    PeopleService(PersonRepository people, CurrentUser currentUser, EntityManager em, JdbcTemplate jdbc) {
        this.people = people;
        this.currentUser = currentUser;
        this.em = em;
        this.jdbc = jdbc;
    }

    /** Whether the caller may manage people and custody in the unit. */
    public boolean mayManage(long unitId) {
        return currentUser.get().map(u -> u.unitsFor(Permission.ASSET_EDIT).contains(unitId)).orElse(false);
    }

    /** Whether the caller may manage people and custody in at least one unit. */
    public boolean mayManageAny() {
        return currentUser.get().map(u -> !u.unitsFor(Permission.ASSET_EDIT).isEmpty()).orElse(false);
    }

    /** A page of people by name; {@code search} matches name, CPF digits or registration; {@code unitId} optional. */
    @Transactional(readOnly = true)
    public List<PersonSummary> find(String search, Long unitId, boolean activeOnly, int offset, int limit) {
        PeopleSearch q = PeopleSearch.of("select p from Person p", search, unitId, activeOnly,
                currentUser.require().visibleUnits());
        var query = em.createQuery(q.jpql() + " order by p.name, p.id", Person.class);
        q.params().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(Math.min(limit, 500)).getResultList().stream()
                .map(PeopleService::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(String search, Long unitId, boolean activeOnly) {
        PeopleSearch q = PeopleSearch.of("select count(p) from Person p", search, unitId, activeOnly,
                currentUser.require().visibleUnits());
        var query = em.createQuery(q.jpql(), Long.class);
        q.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Transactional(readOnly = true)
    public PersonSummary get(long id) {
        return summary(visible(id, currentUser.require()));
    }

    @Transactional
    public PersonSummary create(PersonForm form) {
        AppUser user = currentUser.require();
        if (form.unitId() != null && !user.visibleUnits().contains(form.unitId())) {
            throw new NotFoundException("unit", form.unitId());
        }
        if (form.unitId() != null) {
            requireManager(user, form.unitId());
        } else if (user.unitsFor(Permission.ASSET_EDIT).isEmpty()) {
            throw new AccessDeniedException("No permission to register responsible people");
        }
        Person person = new Person(form.unitId() == null ? 0 : form.unitId());
        fill(person, form, null);
        return summary(people.saveAndFlush(person));
    }

    /** Saves the form over the person as they were at {@code version}. */
    @Transactional
    public PersonSummary update(long id, long version, PersonForm form) {
        AppUser user = currentUser.require();
        Person person = visible(id, user);
        requireManager(user, person.getUnitId());
        if (form.unitId() != null && !user.visibleUnits().contains(form.unitId())) {
            throw new NotFoundException("unit", form.unitId());
        }
        if (form.unitId() != null && form.unitId() != person.getUnitId()) {
            requireManager(user, form.unitId());
        }
        checkVersion(person, version);
        fill(person, form, id);
        return summary(people.saveAndFlush(person));
    }

    @Transactional
    public PersonSummary setActive(long id, long version, boolean active) {
        AppUser user = currentUser.require();
        Person person = visible(id, user);
        requireManager(user, person.getUnitId());
        checkVersion(person, version);
        person.setActive(active);
        return summary(people.saveAndFlush(person));
    }

    /** The person linked to the signed-in account, if any (for "Meus bens"). */
    @Transactional(readOnly = true)
    public java.util.Optional<PersonSummary> mine() {
        return currentUser.get().filter(u -> u.id() != 0).flatMap(u -> people.findByUserId(u.id()))
                .map(PeopleService::summary);
    }

    private void fill(Person person, PersonForm form, Long id) {
        if (form.unitId() != null && em.find(br.com.patritech.organization.Unit.class, form.unitId()) == null) {
            throw new NotFoundException("unit", form.unitId());
        }
        Violations violations = new Violations().require(form.name(), "name").maxLength(trim(form.name()), 150, "name")
                .require(form.unitId(), "unitId").maxLength(trim(form.registration()), 40, "registration")
                .maxLength(trim(form.position()), 100, "position").maxLength(trim(form.email()), 200, "email");
        String cpf = Cpf.parse(form.cpf()).orElse(null);
        if (form.cpf() == null || form.cpf().isBlank()) {
            violations.add("cpf", "validation.required");
        } else if (cpf == null) {
            violations.add("cpf", "user.cpf.invalid");
        } else if (id == null ? people.existsByCpf(cpf) : people.existsByCpfAndIdNot(cpf, id)) {
            violations.add("cpf", "person.cpf.duplicate");
        }
        String email = trim(form.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add("email", "user.email.invalid");
        }
        Long account = null;
        if (form.linked() && cpf != null) {
            account = jdbc.queryForList("select id from users where cpf = ? and active = true", Long.class, cpf)
                    .stream().findFirst().orElse(null);
            if (account == null) {
                violations.add("linkAccount", "person.account.none");
            } else if (id == null ? people.existsByUserId(account) : people.existsByUserIdAndIdNot(account, id)) {
                violations.add("linkAccount", "person.account.duplicate");
            }
        }
        violations.throwIfAny();
        person.fill(trim(form.name()), cpf, trim(form.registration()), trim(form.position()),
                email == null ? null : email.toLowerCase(Locale.ROOT), form.unitId(), account);
    }

    Person visible(long id, AppUser user) {
        return people.findById(id).filter(p -> user.visibleUnits().contains(p.getUnitId()))
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    static void requireManager(AppUser user, long unitId) {
        if (!user.unitsFor(Permission.ASSET_EDIT).contains(unitId)) {
            throw new AccessDeniedException("No permission to manage custody in unit " + unitId);
        }
    }

    private static void checkVersion(Person person, long version) {
        if (person.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Person.class, person.getId());
        }
    }

    static PersonSummary summary(Person p) {
        return new PersonSummary(p.getId(), p.getVersion(), p.getName(), p.getCpf(), p.getRegistration(),
                p.getPosition(), p.getEmail(), p.getUnitId(), p.getUserId() != null, p.isActive());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
