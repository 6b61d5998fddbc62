package br.com.patritech.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetCustodyPort;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/**
 * Terms: listed and printed for whoever sees their unit (and for the person they name, when linked to an account);
 * accepted in the app by that person, or recorded as signed on paper by a holder of ASSET_EDIT in the unit; and
 * verified by anyone, without login, from the number and code printed on them.
 */
@Service
public class TermService {

    /** Narrows the term list; every part optional. */
    public record TermFilter(Long personId, Long assetId, Long unitId, Boolean pending) {
    }

    /** What a visitor learns from a number and a code: nothing about assets or people. */
    public enum Verification {
        /** A termo de responsabilidade that still covers assets. */
        CURRENT,
        /** A termo de responsabilidade whose assets were all returned, reassigned or transferred since. */
        ENDED,
        /** A termo de devolução. */
        RETURN_RECORDED,
        NOT_AUTHENTIC
    }

    private final TermRepository terms;
    private final TermIssuer issuer;
    private final TermDocument document;
    private final PeopleService peopleService;
    private final AssignmentRepository assignments;
    private final AssetCustodyPort port;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    TermService(TermRepository terms, TermIssuer issuer, TermDocument document, PeopleService peopleService,
                AssignmentRepository assignments, AssetCustodyPort port, CurrentUser currentUser, EntityManager em,
                Clock clock) {
        this.terms = terms;
        this.issuer = issuer;
        this.document = document;
        this.peopleService = peopleService;
        this.assignments = assignments;
        this.port = port;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<TermSummary> find(TermFilter filter, int offset, int limit) {
        var q = where(filter, currentUser.require());
        var query = em.createQuery("select t from Term t" + q.jpql + " order by t.issuedAt desc, t.id desc", Term.class);
        q.params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(Math.min(limit, 500)).getResultList().stream()
                .map(issuer::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(TermFilter filter) {
        var q = where(filter, currentUser.require());
        var query = em.createQuery("select count(t) from Term t" + q.jpql, Long.class);
        q.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Transactional(readOnly = true)
    public TermSummary get(long id) {
        return issuer.summary(readable(id, currentUser.require()));
    }

    /** The term as PDF, in the reader's language; the same term and language always print the same text. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Locale locale) {
        return document.render(readable(id, currentUser.require()), locale);
    }

    /** The person named in a termo de responsabilidade accepts it in the app. */
    @Transactional
    public TermSummary accept(long id, long expectedVersion) {
        AppUser user = currentUser.require();
        Term term = readable(id, user);
        Person mine = peopleService.mine().map(p -> em.find(Person.class, p.id())).orElse(null);
        if (mine == null || mine.getId() != term.getPersonId()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the person named accepts a term");
        }
        return record(term, expectedVersion, TermAcceptance.APP, user);
    }

    /** A gestor records that the person signed the paper term. */
    @Transactional
    public TermSummary recordSigned(long id, long expectedVersion) {
        AppUser user = currentUser.require();
        Term term = readable(id, user);
        PeopleService.requireManager(user, term.getUnitId());
        return record(term, expectedVersion, TermAcceptance.PAPER, user);
    }

    /** Whether the caller may record the paper signature of terms of the unit. */
    public boolean mayRecordSignature(long unitId) {
        return peopleService.mayManage(unitId);
    }

    /** For anyone, signed in or not: a wrong number and a wrong code answer alike. */
    @Transactional(readOnly = true)
    public Verification verify(String number, String code) {
        if (number == null || code == null || number.length() > 20 || code.length() > 40) {
            return Verification.NOT_AUTHENTIC;
        }
        Optional<Term> term = terms.findByNumber(number.trim().toUpperCase(Locale.ROOT));
        String typed = code.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        String expected = term.map(Term::getVerificationCode).orElse("##########");
        boolean same = MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
        if (term.isEmpty() || !same) {
            return Verification.NOT_AUTHENTIC;
        }
        if (term.get().getKind() == TermKind.DEVOLUCAO) {
            return Verification.RETURN_RECORDED;
        }
        return assignments.existsByTermIdAndOpenAssetIdIsNotNull(term.get().getId()) ? Verification.CURRENT
                : Verification.ENDED;
    }

    private TermSummary record(Term term, long expectedVersion, TermAcceptance how, AppUser user) {
        if (term.getKind() != TermKind.RESPONSABILIDADE) {
            throw DomainException.of("term.accept.not-responsibility");
        }
        if (term.getAcceptance() != null) {
            throw DomainException.of("term.accept.already");
        }
        if (term.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Term.class, term.getId());
        }
        term.accept(how, clock.instant(), user.name(), user.id() == 0 ? null : user.id());
        List<Long> held = assignments.findByTermIdAndOpenAssetIdIsNotNull(term.getId()).stream()
                .map(Assignment::getAssetId).toList();
        port.accepted(held, term.getPersonId());
        terms.saveAndFlush(term);
        return issuer.summary(term);
    }

    /** A term of a unit the caller sees, or one naming the caller's own person. */
    private Term readable(long id, AppUser user) {
        Long mine = peopleService.mine().map(PeopleService.PersonSummary::id).orElse(null);
        return terms.findById(id).filter(t -> user.visibleUnits().contains(t.getUnitId())
                || Long.valueOf(t.getPersonId()).equals(mine)).orElseThrow(() -> new NotFoundException("term", id));
    }

    private record Where(String jpql, Map<String, Object> params) {
    }

    private Where where(TermFilter filter, AppUser user) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        UnitScope scope = user.visibleUnits();
        Long mine = peopleService.mine().map(PeopleService.PersonSummary::id).orElse(null);
        if (!scope.isAll()) {
            clauses.add(mine == null ? "t.unitId in :scope" : "(t.unitId in :scope or t.personId = :mine)");
            params.put("scope", scope.sqlIds());
            if (mine != null) {
                params.put("mine", mine);
            }
        }
        if (filter.personId() != null) {
            clauses.add("t.personId = :person");
            params.put("person", filter.personId());
        }
        if (filter.unitId() != null) {
            clauses.add("t.unitId = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.assetId() != null) {
            clauses.add("exists (select 1 from Term x join x.items i where x = t and i.assetId = :asset)");
            params.put("asset", filter.assetId());
        }
        if (Boolean.TRUE.equals(filter.pending())) {
            clauses.add("t.kind = :responsibility and t.acceptance is null");
            params.put("responsibility", TermKind.RESPONSABILIDADE);
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }
}
